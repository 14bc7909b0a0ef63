package app.jointly.vote.ui;

import app.jointly.shared.UserId;
import app.jointly.ui.Notifications;
import app.jointly.vote.MyBallot;
import app.jointly.vote.Vote;
import app.jointly.vote.VoteService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.TextField;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Casting (or changing) a ballot with radio buttons, reachable by keyboard (arrow keys move between choices).
 * A secret ballot is cast once; its receipt is shown once in a {@link ReceiptDialog}, afterwards only "you have
 * voted" is shown, and once the vote has closed anyone in the workspace can check a receipt here.
 */
class BallotForm extends Div {

    BallotForm(VoteService votes, Vote vote, MyBallot mine, UserId me, Runnable changed) {
        add(new H3("Your ballot"));
        if (!vote.isOpen()) {
            add(new Paragraph(vote.isClosed() ? (mine.voted() ? "You voted." : "Voting has closed.")
                    : "Voting has not opened yet."));
            if (vote.isClosed() && vote.secret()) {
                add(receiptCheck(votes, vote, me));
            }
            return;
        }
        if (!mine.eligible()) {
            add(new Paragraph("You are not in this vote's electorate (it was fixed when voting opened)."));
            return;
        }
        if (vote.secret() && mine.voted()) {
            add(new Paragraph("You have cast your secret ballot. Your choice is stored only encrypted and only "
                    + "the totals are ever decrypted, so nobody (you included) can look it up, and it cannot be "
                    + "changed. Once voting closes, your receipt shows whether your ballot was counted."));
            return;
        }
        RadioButtonGroup<String> choice = new RadioButtonGroup<>("Your choice");
        choice.setItems(vote.method().choices());
        choice.setItemLabelGenerator(VoteText::choiceLabel);
        choice.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        choice.setRequired(true);
        if (mine.choice() != null) {
            choice.setValue(mine.choice());
        }
        TextField reason = new TextField(vote.method() == app.jointly.vote.VoteMethod.CONSENSUS
                ? "Why? (especially if 0 to 2; optional)" : "Reason (optional)");
        reason.setMaxLength(VoteService.MAX_REASON);
        reason.setWidthFull();
        reason.setVisible(!vote.secret());
        if (mine.reason() != null) {
            reason.setValue(mine.reason());
        }
        Button cast = new Button(mine.voted() ? "Change my ballot" : (vote.secret() ? "Cast secret ballot (final)"
                : "Cast ballot"), e -> {
            if (choice.getValue() == null) {
                Notifications.error("Choose one of the options first.");
                return;
            }
            AtomicReference<MyBallot> recorded = new AtomicReference<>();
            if (Notifications.attempt(() -> recorded.set(votes.cast(vote.id(), me, choice.getValue(),
                    vote.secret() ? null : reason.getValue())))) {
                Notifications.success("Your ballot is recorded.");
                if (recorded.get().receipt() != null) {
                    new ReceiptDialog(recorded.get().receipt()).open();
                }
                changed.run();
            }
        });
        cast.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Paragraph state = new Paragraph(mine.voted()
                ? "You voted " + VoteText.choiceLabel(mine.choice()) + ". You can change it until voting closes."
                : "You have not voted yet.");
        add(state, choice, reason, cast);
    }

    /** After a secret vote closes: anyone in the workspace may check that the ballot with a receipt was counted. */
    private static HorizontalLayout receiptCheck(VoteService votes, Vote vote, UserId me) {
        TextField receipt = new TextField("Check a ballot receipt");
        receipt.setPlaceholder("1a2b-3c4d-...");
        receipt.setMaxLength(100);
        receipt.setWidth("26em");
        Span answer = new Span();
        answer.getElement().setAttribute("role", "status");
        Button check = new Button("Check", e -> Notifications.attempt(() -> answer.setText(
                votes.receiptCounted(vote.id(), me, receipt.getValue())
                        ? "Counted: a ballot with this receipt is in the result."
                        : "Not found: no counted ballot has this receipt.")));
        HorizontalLayout row = new HorizontalLayout(receipt, check, answer);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        return row;
    }

}
