package app.jointly.share.ui;

import app.jointly.share.NewVisitorComment;
import app.jointly.share.ShareLimits;
import app.jointly.share.SharedSection;
import app.jointly.shared.JointlyException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Consumer;

/**
 * A visitor's comment on a section: their name, organisation, the words they comment on (optional, filled from
 * what they selected) and what they have to say.
 */
class VisitorFeedbackForm extends Div {

    private final TextField name = new TextField("Your name");
    private final TextField organisation = new TextField("Organisation (optional)");
    private final TextField passage = new TextField("The words you comment on (optional)");
    private final TextArea body = new TextArea("Your comment");
    private final Paragraph result = new Paragraph();

    VisitorFeedbackForm(SharedSection section, Consumer<NewVisitorComment> send) {
        addClassName("jointly-visitor-form");
        name.setMaxLength(ShareLimits.MAX_NAME);
        name.setRequired(true);
        organisation.setMaxLength(ShareLimits.MAX_ORGANISATION);
        body.setMaxLength(ShareLimits.MAX_BODY);
        body.setRequired(true);
        result.getElement().setAttribute("role", "status");
        Button submit = new Button("Send feedback", click -> submit(section, send));
        submit.addThemeVariants(ButtonVariant.PRIMARY);
        add(new H3("Feedback on “" + section.heading() + "”"), name, organisation, passage, body, submit, result);
    }

    /** Pre-fills the passage with what the visitor had selected in the text. */
    void quote(String selected) {
        if (selected != null && !selected.isBlank() && selected.length() <= 1_000) {
            passage.setValue(selected.strip());
        }
    }

    private void submit(SharedSection section, Consumer<NewVisitorComment> send) {
        Integer from = null;
        Integer to = null;
        if (!passage.getValue().isBlank()) {
            int[] range = PassageLocator.locate(section.markdown(), passage.getValue()).orElse(null);
            if (range == null) {
                result.setText("Those words are not in this section's text; copy them from it, or leave the field empty.");
                return;
            }
            from = range[0];
            to = range[1];
        }
        try {
            send.accept(new NewVisitorComment(name.getValue(), organisation.getValue(), body.getValue(),
                    section.id(), from, to));
            body.clear();
            passage.clear();
            result.setText("Thank you: your feedback was sent to the team.");
        } catch (JointlyException e) {
            result.setText(e.getMessage());
        }
    }
}
