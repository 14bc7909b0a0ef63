package app.jointly.document.ui;

import app.jointly.document.DocumentLimits;
import app.jointly.shared.JointlyException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/** The small dialogs of the document page: rename, add a section, confirm a removal. */
final class DocumentDialogs {

    private DocumentDialogs() {
    }

    static void rename(String currentTitle, Consumer<String> onSave, Runnable reload) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Rename document");
        TextField title = new TextField("Title");
        title.setValue(currentTitle);
        title.setMaxLength(DocumentLimits.MAX_TITLE);
        title.setRequired(true);
        title.setWidth("min(30rem, 80vw)");
        dialog.add(title);
        dialog.getFooter().add(new Button("Cancel", click -> dialog.close()),
                primary("Rename", () -> onSave.accept(title.getValue()), dialog, reload));
        dialog.open();
        title.focus();
    }

    static void addSection(BiConsumer<String, String> onAdd, Runnable reload) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Add a section");
        TextField heading = new TextField("Heading");
        heading.setPlaceholder("Article 13: Professional Development");
        heading.setMaxLength(DocumentLimits.MAX_HEADING);
        heading.setRequired(true);
        heading.setWidthFull();
        TextArea text = new TextArea("Text (Markdown, optional)");
        text.setMaxLength(DocumentLimits.MAX_SECTION_BODY);
        text.setWidthFull();
        text.setMinHeight("10em");
        dialog.setWidth("min(40rem, 95vw)");
        dialog.add(heading, text);
        dialog.getFooter().add(new Button("Cancel", click -> dialog.close()),
                primary("Add", () -> onAdd.accept(heading.getValue(), text.getValue()), dialog, reload));
        dialog.open();
        heading.focus();
    }

    static void confirmRemove(String heading, Runnable onRemove, Runnable reload) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Remove “" + heading + "”?");
        dialog.add(new Paragraph("The section leaves the document; its text stays in the document's history."));
        Button remove = primary("Remove", onRemove, dialog, reload);
        remove.addThemeVariants(ButtonVariant.ERROR);
        Button cancel = new Button("Cancel", click -> dialog.close());
        dialog.getFooter().add(cancel, remove);
        dialog.open();
        cancel.focus();
    }

    /** Runs the action; closes the dialog when it succeeds and keeps it open (with the reason shown) when not. */
    private static Button primary(String text, Runnable action, Dialog dialog, Runnable reload) {
        Button button = new Button(text, click -> {
            try {
                action.run();
                dialog.close();
            } catch (JointlyException e) {
                Feedback.refused(e, () -> {
                    dialog.close();
                    reload.run();
                });
            }
        });
        button.addThemeVariants(ButtonVariant.PRIMARY);
        return button;
    }
}
