package app.jointly.vote.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import app.jointly.shared.UserId;
import app.jointly.shared.WorkspaceId;
import app.jointly.vote.Electorate;
import app.jointly.vote.OutcomeStatement;
import app.jointly.vote.Vote;
import app.jointly.vote.VoteId;
import app.jointly.vote.VoteMethod;
import app.jointly.vote.VoteOutcomeStatements;
import app.jointly.vote.VoteStatus;
import com.vaadin.browserless.BrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.Instant;
import org.junit.jupiter.api.Test;

@ViewPackages(packages = "app.jointly.vote.ui")
class OutcomePanelTest extends BrowserlessTest {

    private final UserId creator = UserId.newId();
    private final VoteOutcomeStatements statements = mock(VoteOutcomeStatements.class);
    private final Vote vote = new Vote(VoteId.newId(), WorkspaceId.newId(), "Adopt?", "", VoteMethod.MAJORITY,
            Electorate.WORKSPACE, null, 0, null, 0, false, null, VoteStatus.CLOSED, null, null, creator,
            Instant.now(), Instant.now(), Instant.now(), 3, null);

    @Test
    void theCreatorStatesTheOutcome() {
        OutcomePanel panel = new OutcomePanel(statements, vote, null, creator, () -> { });
        UI.getCurrent().add(panel);
        assertThat(panel.getElement().getTextRecursively()).contains("has not stated the outcome yet");
        test($(TextArea.class, panel).first()).setValue("Adopted.");
        test($(Button.class, panel).withText("Save statement").first()).click();
        verify(statements).state(vote.id(), creator, "Adopted.");
    }

    @Test
    void othersReadTheStatementWithoutAForm() {
        OutcomePanel panel = new OutcomePanel(statements, vote,
                new OutcomeStatement("Adopted by a wide margin.", creator, Instant.now(), 1), UserId.newId(), () -> { });
        UI.getCurrent().add(panel);
        assertThat(panel.getElement().getTextRecursively()).contains("Adopted by a wide margin.");
        assertThat($(TextArea.class, panel).all()).isEmpty();
    }
}
