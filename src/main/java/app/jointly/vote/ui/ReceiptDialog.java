package app.jointly.vote.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

/**
 * Shows a secret ballot's receipt right after casting, the only time it is ever shown: Jointly keeps it only
 * inside the encrypted ballot's row, where nobody can look it up by voter for them, so it is copied now or lost.
 */
class ReceiptDialog extends Dialog {

    ReceiptDialog(String receipt) {
        setHeaderTitle("Your ballot receipt");
        Span code = new Span(receipt);
        code.addClassName("ballot-receipt");
        code.getStyle().set("font-family", "monospace").set("font-size", "var(--lumo-font-size-l)")
                .set("user-select", "all");
        Button copy = new Button("Copy receipt", e -> {
            UI.getCurrent().getPage().executeJs("return navigator.clipboard.writeText($0)", receipt);
            e.getSource().setText("Copied");
        });
        copy.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new Paragraph("Your secret ballot is recorded. Keep this receipt: once voting has closed you can "
                + "enter it on this page (or ask the API) to check that your ballot was counted."), code,
                new Paragraph("The receipt is a fingerprint of your encrypted ballot. It does not say what you chose, "
                        + "so you may show it to anyone. It is shown only this once."));
        Button close = new Button("I have kept it", e -> close());
        getFooter().add(copy, close);
        setCloseOnOutsideClick(false);
    }
}
