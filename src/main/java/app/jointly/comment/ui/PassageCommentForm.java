package app.jointly.comment.ui;

import app.jointly.comment.CommentService;
import app.jointly.comment.CommentService.NewPassageComment;
import app.jointly.comment.CommentVisibility;
import app.jointly.document.DocumentView;
import app.jointly.document.SectionView;
import app.jointly.shared.UserId;
import app.jointly.ui.Notifications;
import app.jointly.workspace.Membership;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/**
 * Comments on a passage named by its words: the form finds them in the section's text as the page read it and
 * sends that position with the text's version, so the server maps it to wherever the passage is by now.
 */
class PassageCommentForm extends Details {

    PassageCommentForm(CommentService comments, DocumentView document, Membership member, UserId me,
                       Runnable posted) {
        super("Comment on a passage");
        Select<SectionView> section = new Select<>();
        section.setLabel("Section");
        section.setItems(document.sections());
        section.setItemLabelGenerator(SectionView::heading);
        if (!document.sections().isEmpty()) {
            section.setValue(document.sections().getFirst());
        }
        TextField passage = new TextField("Passage (its exact words)");
        passage.setMaxLength(2_000);
        passage.setWidthFull();
        TextArea body = ThreadCard.bodyField("Comment");
        Checkbox partyOnly = new Checkbox("My party only");
        partyOnly.setVisible(member.partyId().isPresent());
        Button post = new Button("Comment", e -> {
            SectionView s = section.getValue();
            int from = s == null || passage.getValue().isEmpty() ? -1 : s.markdown().indexOf(passage.getValue());
            if (from < 0) {
                Notifications.error("Those words are not in the section's text; copy them exactly.");
                return;
            }
            NewPassageComment input = new NewPassageComment(from, from + passage.getValue().length(),
                    s.textVersion(), body.getValue(),
                    partyOnly.getValue() ? CommentVisibility.PARTY : CommentVisibility.WORKSPACE);
            if (Notifications.attempt(() -> comments.commentOnPassage(document.id(), s.id(), me, input))) {
                passage.clear();
                body.clear();
                posted.run();
            }
        });
        post.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new Div(section, passage, body, partyOnly, post));
    }
}
