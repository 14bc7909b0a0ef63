package app.jointly.vote.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.jointly.shared.PartyId;
import app.jointly.shared.UserId;
import app.jointly.shared.WorkspaceId;
import app.jointly.vote.NewVote;
import app.jointly.vote.Vote;
import app.jointly.vote.VoteFixture;
import app.jointly.vote.VoteMethod;
import app.jointly.workspace.Role;
import com.vaadin.browserless.BrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Casting a secret ballot shows its receipt once, with a copy button; after closing the receipt checks as counted. */
@ViewPackages(packages = "app.jointly.vote.ui")
class BallotFormTest extends BrowserlessTest {

    private final VoteFixture fx = new VoteFixture();
    private UserId lead;
    private UserId teacher;
    private Vote vote;

    @BeforeEach
    void openASecretVote() {
        WorkspaceId ws = fx.workspaces.workspace("District", "Union");
        PartyId union = fx.workspaces.party(ws, 1);
        lead = fx.workspaces.add(ws, Role.LEAD, union);
        teacher = fx.workspaces.add(ws, Role.MEMBER, union);
        Vote created = fx.votes.create(ws, lead, new NewVote("Ratify?", "", VoteMethod.RATIFICATION, null, union, 0,
                null, 0, true, null, null, null));
        vote = fx.votes.open(created.id(), lead);
    }

    @AfterEach
    void close() {
        fx.close();
    }

    @SuppressWarnings("unchecked")
    @Test
    void theReceiptIsShownOnceAfterCastingAndChecksAsCountedOnceClosed() {
        UI.getCurrent().add(new BallotForm(fx.votes, vote, fx.votes.myBallot(vote.id(), teacher), teacher, () -> { }));
        RadioButtonGroup<String> choice = $(RadioButtonGroup.class).first();
        choice.setValue("no");
        test($(Button.class).withText("Cast secret ballot (final)").first()).click();

        Dialog dialog = $(Dialog.class).first();
        assertThat(dialog.isOpened()).isTrue();
        String receipt = $(Span.class, dialog).withClassName("ballot-receipt").first().getText();
        assertThat(receipt).matches("[0-9a-f]{4}(-[0-9a-f]{4}){7}");
        assertThat($(Button.class, dialog).withText("Copy receipt").all()).hasSize(1);
        test($(Button.class, dialog).withText("I have kept it").first()).click();
        assertThat(dialog.isOpened()).isFalse();

        Vote closed = fx.votes.close(vote.id(), lead);
        UI.getCurrent().removeAll();
        UI.getCurrent().add(new BallotForm(fx.votes, closed, fx.votes.myBallot(vote.id(), lead), lead, () -> { }));
        TextField field = $(TextField.class).withCaption("Check a ballot receipt").first();
        test(field).setValue(receipt.toUpperCase());
        test($(Button.class).withText("Check").first()).click();
        assertThat($(Span.class).withText("Counted: a ballot with this receipt is in the result.").all()).hasSize(1);

        test(field).setValue("0".repeat(32));
        test($(Button.class).withText("Check").first()).click();
        assertThat($(Span.class).withText("Not found: no counted ballot has this receipt.").all()).hasSize(1);
    }
}
