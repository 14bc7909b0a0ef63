package app.jointly.proposal.ui;

import app.jointly.shared.JointlyException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.BiConsumer;

/** Text and rationale of a draft, for a new proposal, a counter or an edit. */
class DraftDialog extends Dialog {

    DraftDialog(String title, String text, String rationale, BiConsumer<String, String> onSave) {
        setHeaderTitle(title);
        TextArea textArea = new TextArea("Proposed text");
        textArea.setValue(text == null ? "" : text);
        textArea.setMaxLength(100_000);
        textArea.setWidthFull();
        textArea.setMinHeight("12em");
        TextArea rationaleArea = new TextArea("Rationale");
        rationaleArea.setValue(rationale == null ? "" : rationale);
        rationaleArea.setMaxLength(4_000);
        rationaleArea.setWidthFull();
        add(textArea, rationaleArea);
        setWidth("min(48rem, 95vw)");
        Button save = new Button("Save draft", e -> {
            try {
                onSave.accept(textArea.getValue(), rationaleArea.getValue());
                close();
            } catch (JointlyException ex) {
                Notification.show(ex.getMessage());
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", e -> close()), save);
    }
}
