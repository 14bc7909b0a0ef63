package app.jointly.decision.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.jointly.decision.Checkpoint;
import app.jointly.decision.DecisionService;
import app.jointly.decision.LoggedDecision;
import app.jointly.decision.NewDecision;
import app.jointly.decision.internal.ChainVerifier;
import app.jointly.decision.internal.DecisionStore;
import app.jointly.decision.internal.FollowUpStore;
import app.jointly.shared.PartyId;
import app.jointly.shared.UserId;
import app.jointly.shared.WorkspaceId;
import app.jointly.testsupport.FakeWorkspaces;
import app.jointly.votetesting.InMemoryMongo;
import app.jointly.votetesting.MutableClock;
import app.jointly.workspace.Role;
import com.vaadin.browserless.BrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The log page's verify panel shows the head and says in words whether a pasted checkpoint is still held. */
@ViewPackages(packages = "app.jointly.decision.ui")
class VerifyPanelTest extends BrowserlessTest {

    private final InMemoryMongo mongo = new InMemoryMongo();
    private final FakeWorkspaces workspaces = new FakeWorkspaces();
    private final MutableClock clock = new MutableClock();
    private final DecisionService decisions = new DecisionService(new DecisionStore(mongo.template(), clock),
            new FollowUpStore(mongo.template()), new ChainVerifier(mongo.template()), workspaces, e -> { }, clock);
    private WorkspaceId ws;
    private UserId lead;

    @BeforeEach
    void setUp() {
        ws = workspaces.workspace("District", "Union");
        lead = workspaces.add(ws, Role.LEAD, workspaces.party(ws, 0));
    }

    @AfterEach
    void tearDown() {
        mongo.close();
    }

    @Test
    void aPastedCheckpointThatTheLogNoLongerHoldsIsReported() {
        log("One");
        LoggedDecision two = log("Two");
        LoggedDecision three = log("Three");
        VerifyPanel panel = new VerifyPanel(decisions, ws, lead, "District and Union", "lead");
        UI.getCurrent().add(panel);
        String head = "3:" + three.entry().hash();
        assertThat(texts(panel)).anyMatch(t -> t.contains("Log head, to keep as a checkpoint: " + head));

        mongo.template().getCollection("decisions").deleteOne(new Document("_id", three.entry().id().value()));
        verifyWith(panel, "checkpoint: " + head + "\ntaken by: lead");
        assertThat(result(panel)).startsWith("✗").contains("checkpoint #3 is NOT in the log any more")
                .contains("ends at #2");

        verifyWith(panel, "2:" + two.entry().hash());
        assertThat(result(panel)).startsWith("✓ Intact").contains("checkpoint #2 is still in the log");

        verifyWith(panel, "yesterday's head");
        assertThat(result(panel)).contains("not a checkpoint");

        verifyWith(panel, "");
        assertThat(result(panel)).startsWith("✓ Intact: all 2 entries");
    }

    @Test
    void theCheckpointFileNamesTheHeadAndWhoTookIt() {
        LoggedDecision one = log("One");
        String file = CheckpointFile.text(decisions.checkpoint(ws, lead), "District and Union", "lead");
        assertThat(file).contains("checkpoint: 1:" + one.entry().hash(), "taken by: lead", ws.value());
        assertThat(Checkpoint.findIn(file)).contains(new Checkpoint(1, one.entry().hash()));
    }

    private LoggedDecision log(String text) {
        return decisions.record(ws, lead, new NewDecision(text, "", List.<PartyId>of(), List.of(),
                LocalDate.of(2026, 12, 1), null, List.of(), List.of(), null));
    }

    private static void verifyWith(VerifyPanel panel, String pasted) {
        descendants(panel).filter(TextField.class::isInstance).map(TextField.class::cast).findFirst().orElseThrow()
                .setValue(pasted);
        descendants(panel).filter(Button.class::isInstance).map(Button.class::cast)
                .filter(b -> "Verify log".equals(b.getText())).findFirst().orElseThrow().click();
    }

    private static String result(VerifyPanel panel) {
        return descendants(panel).filter(Paragraph.class::isInstance).map(Paragraph.class::cast)
                .filter(p -> "status".equals(p.getElement().getAttribute("role"))).findFirst().orElseThrow().getText();
    }

    private static List<String> texts(VerifyPanel panel) {
        return descendants(panel).filter(Paragraph.class::isInstance).map(p -> ((Paragraph) p).getText()).toList();
    }

    private static Stream<Component> descendants(Component root) {
        return Stream.concat(Stream.of(root), root.getChildren().flatMap(VerifyPanelTest::descendants));
    }
}
