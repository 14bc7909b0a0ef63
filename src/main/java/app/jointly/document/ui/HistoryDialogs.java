package app.jointly.document.ui;

import app.jointly.document.DocumentVersions;
import app.jointly.shared.JointlyException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Consumer;

/** The dialogs of the history page: name the current version, confirm a restore. */
final class HistoryDialogs {

    private HistoryDialogs() {
    }

    static void name(Consumer<String> onName, Runnable reload) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Name the current version");
        dialog.add(new Paragraph("A named version is frozen: it stays as it is now, at the top of the history."));
        TextField name = new TextField("Name");
        name.setPlaceholder("As presented");
        name.setMaxLength(DocumentVersions.MAX_NAME);
        name.setRequired(true);
        name.setWidth("min(30rem, 80vw)");
        dialog.add(name);
        dialog.getFooter().add(new Button("Cancel", click -> dialog.close()),
                act("Name", () -> onName.accept(name.getValue()), dialog, reload, ButtonVariant.PRIMARY));
        dialog.open();
        name.focus();
    }

    static void confirmRestore(String version, Runnable onRestore, Runnable reload) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Restore “" + version + "”?");
        dialog.add(new Paragraph("The document's title, sections and texts become those of this version, as a new "
                + "change. Nothing is lost: the text it replaces stays in the history as the version before."));
        Button cancel = new Button("Cancel", click -> dialog.close());
        dialog.getFooter().add(cancel, act("Restore", onRestore, dialog, reload, ButtonVariant.PRIMARY));
        dialog.open();
        cancel.focus();
    }

    private static Button act(String text, Runnable action, Dialog dialog, Runnable reload, ButtonVariant variant) {
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
        button.addThemeVariants(variant);
        return button;
    }
}
