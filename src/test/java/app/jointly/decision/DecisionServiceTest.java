package app.jointly.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.jointly.decision.DecisionFilter.FollowUps;
import app.jointly.decision.DecisionService.ExportFormat;
import app.jointly.shared.ForbiddenException;
import app.jointly.shared.InvalidInputException;
import app.jointly.shared.NotFoundException;
import app.jointly.shared.PartyId;
import app.jointly.shared.UserId;
import app.jointly.shared.WorkspaceId;
import app.jointly.vote.Outcome;
import app.jointly.vote.SubjectRef;
import app.jointly.vote.VoteClosed;
import app.jointly.vote.VoteId;
import app.jointly.vote.VoteMethod;
import app.jointly.workspace.Role;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DecisionServiceTest {

    private DecisionFixture fx;
    private WorkspaceId ws;
    private PartyId district;
    private PartyId union;
    private UserId principal;
    private UserId teacher;
    private UserId commenter;

    @BeforeEach
    void setUp() {
        fx = new DecisionFixture();
        ws = fx.workspaces.workspace("District", "Union");
        district = fx.workspaces.party(ws, 0);
        union = fx.workspaces.party(ws, 1);
        principal = fx.workspaces.add(ws, Role.LEAD, district);
        teacher = fx.workspaces.add(ws, Role.MEMBER, union);
        commenter = fx.workspaces.add(ws, Role.COMMENTER, union);
    }

    @AfterEach
    void tearDown() {
        fx.close();
    }

    private LoggedDecision log(String text, List<PartyId> parties, List<String> tags, List<NewFollowUp> followUps,
                               DecisionId supersedes) {
        return fx.decisions.record(ws, principal, new NewDecision(text, "Because.", parties, List.of("Ms. Ortiz"),
                LocalDate.of(2026, 11, 20), null, tags, followUps, supersedes));
    }

    @Test
    void entriesFormAHashChainThatVerifies() {
        LoggedDecision first = log("Adopt the late-start schedule", List.of(district, union), List.of("Schedule"),
                List.of(), null);
        fx.clock.advance(Duration.ofMinutes(1));
        LoggedDecision second = log("Move PLC time to Wednesday", List.of(), List.of(), List.of(), null);
        assertThat(first.entry().seq()).isEqualTo(1);
        assertThat(first.entry().previousHash()).isEqualTo(DecisionEntry.GENESIS);
        assertThat(second.entry().seq()).isEqualTo(2);
        assertThat(second.entry().previousHash()).isEqualTo(first.entry().hash());
        assertThat(first.entry().tags()).containsExactly("schedule");
        VerifyReport report = fx.decisions.verify(ws, commenter);
        assertThat(report.intact()).isTrue();
        assertThat(report.entriesChecked()).isEqualTo(2);
        assertThat(report.headHash()).isEqualTo(second.entry().hash());
        assertThat(fx.events).hasSize(2);
    }

    @Test
    void tamperingWithAStoredEntryIsReportedAtThatEntry() {
        log("One", List.of(), List.of(), List.of(), null);
        LoggedDecision two = log("Two", List.of(), List.of(), List.of(), null);
        log("Three", List.of(), List.of(), List.of(), null);
        fx.template().getCollection("decisions").updateOne(new Document("_id", two.entry().id().value()),
                new Document("$set", new Document("decision", "Two (quietly changed)")));
        VerifyReport report = fx.decisions.verify(ws, teacher);
        assertThat(report.intact()).isFalse();
        assertThat(report.firstBadSeq()).isEqualTo(2);
        assertThat(report.firstBadId()).isEqualTo(two.entry().id());
        assertThat(report.problem()).contains("changed");
        assertThat(report.entriesChecked()).isEqualTo(1);
    }

    @Test
    void rehashingATamperedEntryIsCaughtByTheNextLinkAndDeletionByTheGap() {
        LoggedDecision one = log("One", List.of(), List.of(), List.of(), null);
        log("Two", List.of(), List.of(), List.of(), null);
        log("Three", List.of(), List.of(), List.of(), null);
        fx.template().getCollection("decisions").updateOne(new Document("_id", one.entry().id().value()),
                new Document("$set", new Document("hash", "f".repeat(64))));
        assertThat(fx.decisions.verify(ws, teacher).firstBadSeq()).isEqualTo(1);
        fx.template().getCollection("decisions").deleteOne(new Document("_id", one.entry().id().value()));
        VerifyReport afterDelete = fx.decisions.verify(ws, teacher);
        assertThat(afterDelete.firstBadSeq()).isEqualTo(2);
        assertThat(afterDelete.problem()).contains("#1 is missing");
    }

    @Test
    void truncatingTheNewestEntriesIsOnlyCaughtWithAnEarlierCheckpoint() {
        log("One", List.of(), List.of(), List.of(), null);
        LoggedDecision two = log("Two", List.of(), List.of(), List.of(), null);
        LoggedDecision three = log("Three", List.of(), List.of(), List.of(), null);
        Checkpoint taken = fx.decisions.checkpoint(ws, teacher).head();
        assertThat(taken).isEqualTo(new Checkpoint(3, three.entry().hash()));
        assertThat(fx.decisions.verify(ws, teacher, taken).checkpointFound()).isTrue();

        // an insider deletes the newest entries directly in the database
        fx.template().getCollection("decisions").deleteOne(new Document("_id", three.entry().id().value()));
        VerifyReport plain = fx.decisions.verify(ws, teacher);
        assertThat(plain.intact()).as("a hash chain alone cannot see a cut").isTrue();
        assertThat(plain.head()).isEqualTo(new Checkpoint(2, two.entry().hash()));

        VerifyReport checked = fx.decisions.verify(ws, teacher, taken);
        assertThat(checked.intact()).isFalse();
        assertThat(checked.checkpointFound()).isFalse();
        assertThat(checked.problem()).contains("#3");
        VerifyReport older = fx.decisions.verify(ws, teacher, new Checkpoint(2, two.entry().hash()));
        assertThat(older.intact()).isTrue();
        assertThat(older.checkpointFound()).isTrue();
    }

    @Test
    void aRewrittenCheckpointEntryIsNotFound() {
        LoggedDecision one = log("One", List.of(), List.of(), List.of(), null);
        log("Two", List.of(), List.of(), List.of(), null);
        Checkpoint first = new Checkpoint(1, one.entry().hash());
        fx.template().getCollection("decisions").updateOne(new Document("_id", one.entry().id().value()),
                new Document("$set", new Document("hash", "e".repeat(64))));
        VerifyReport report = fx.decisions.verify(ws, teacher, first);
        assertThat(report.intact()).isFalse();
        assertThat(report.checkpointFound()).isFalse();
        assertThat(fx.decisions.verify(ws, teacher, new Checkpoint(7, "a".repeat(64))).checkpointFound()).isFalse();
        assertThat(fx.decisions.verify(ws, teacher, new Checkpoint(0, DecisionEntry.GENESIS)).checkpointFound())
                .isTrue();
    }

    @Test
    void theHeadIsTheNewestEntry() {
        assertThat(fx.decisions.head(ws, teacher)).isEqualTo(new Checkpoint(0, DecisionEntry.GENESIS));
        log("One", List.of(), List.of(), List.of(), null);
        LoggedDecision two = log("Two", List.of(), List.of(), List.of(), null);
        assertThat(fx.decisions.head(ws, teacher)).isEqualTo(new Checkpoint(2, two.entry().hash()))
                .isEqualTo(fx.decisions.verify(ws, teacher).head());
    }

    @Test
    void exportsCarryTheLogHead() {
        log("One", List.of(), List.of(), List.of(), null);
        LoggedDecision two = log("Two", List.of(), List.of(), List.of(), null);
        String head = "2:" + two.entry().hash();
        assertThat(fx.decisions.export(ws, teacher, DecisionFilter.ALL, DecisionService.ExportFormat.MARKDOWN))
                .contains("Log head (checkpoint): `" + head + "`", "verified intact");
        String csv = fx.decisions.export(ws, teacher, DecisionFilter.ALL, DecisionService.ExportFormat.CSV);
        assertThat(csv.lines().findFirst().orElseThrow()).endsWith("\"log_head\"");
        assertThat(csv.lines().skip(1)).allSatisfy(row -> assertThat(row).endsWith("\"" + head + "\""));
    }

    @Test
    void aCorrectionSupersedesAndIsShownWithTheOriginal() {
        LoggedDecision original = log("Budget: 3 aides", List.of(), List.of(), List.of(), null);
        LoggedDecision correction = log("Budget: 4 aides", List.of(), List.of(), List.of(), original.entry().id());
        List<LoggedDecision> all = fx.decisions.list(ws, commenter, DecisionFilter.ALL);
        assertThat(all).extracting(l -> l.entry().seq()).containsExactly(2L, 1L);
        LoggedDecision shownOriginal = all.get(1);
        assertThat(shownOriginal.superseded()).isTrue();
        assertThat(shownOriginal.supersededBy()).containsExactly(correction.entry().id());
        assertThat(shownOriginal.entry().decision()).isEqualTo("Budget: 3 aides");
        assertThatThrownBy(() -> log("x", List.of(), List.of(), List.of(), DecisionId.newId()))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void followUpsAreTickedWithoutTouchingTheHashedEntry() {
        LoggedDecision logged = log("Pilot peer observation", List.of(), List.of(),
                List.of(new NewFollowUp("Draft the rubric", "J. Lee", LocalDate.of(2026, 12, 1)),
                        new NewFollowUp("Tell the staff", "", null)), null);
        DecisionId id = logged.entry().id();
        fx.decisions.markDone(id, "1", true, teacher);
        LoggedDecision reread = fx.decisions.get(id, commenter);
        assertThat(reread.done("1")).isTrue();
        assertThat(reread.done("2")).isFalse();
        assertThat(reread.entry().hash()).isEqualTo(logged.entry().hash());
        assertThat(fx.decisions.verify(ws, teacher).intact()).isTrue();
        assertThatThrownBy(() -> fx.decisions.markDone(id, "1", true, commenter)).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> fx.decisions.markDone(id, "9", true, teacher)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> fx.decisions.markDone(id, "1", true, UserId.newId()))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void refusals() {
        assertThatThrownBy(() -> fx.decisions.record(ws, commenter, new NewDecision("x", "", null, null, null, null,
                null, null, null))).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> fx.decisions.record(ws, UserId.newId(), new NewDecision("x", "", null, null, null,
                null, null, null, null))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> fx.decisions.list(ws, UserId.newId(), DecisionFilter.ALL))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> fx.decisions.record(ws, principal, new NewDecision("x", "", List.of(PartyId.newId()),
                null, null, null, null, null, null))).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> new NewDecision("", "", null, null, null, null, null, null, null))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> new NewDecision("x", "", null, null, null, null, List.of("<script>"), null, null))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void filtersByDatePartyTagAndFollowUpStatus() {
        LoggedDecision a = fx.decisions.record(ws, principal, new NewDecision("A", "", List.of(union), null,
                LocalDate.of(2026, 1, 10), null, List.of("budget"), List.of(new NewFollowUp("do", "me", null)), null));
        fx.decisions.record(ws, principal, new NewDecision("B", "", List.of(district), null,
                LocalDate.of(2026, 3, 10), null, List.of("calendar"), null, null));
        assertThat(texts(new DecisionFilter(LocalDate.of(2026, 2, 1), null, null, null, null))).containsExactly("B");
        assertThat(texts(new DecisionFilter(null, LocalDate.of(2026, 2, 1), null, null, null))).containsExactly("A");
        assertThat(texts(new DecisionFilter(null, null, union, null, null))).containsExactly("A");
        assertThat(texts(new DecisionFilter(null, null, null, "Calendar", null))).containsExactly("B");
        assertThat(texts(new DecisionFilter(null, null, null, null, FollowUps.OPEN))).containsExactly("A");
        assertThat(texts(new DecisionFilter(null, null, null, null, FollowUps.NONE))).containsExactly("B");
        fx.decisions.markDone(a.entry().id(), "1", true, principal);
        assertThat(texts(new DecisionFilter(null, null, null, null, FollowUps.DONE))).containsExactly("A");
    }

    private List<String> texts(DecisionFilter filter) {
        return fx.decisions.list(ws, teacher, filter).stream().map(l -> l.entry().decision()).toList();
    }

    @Test
    void exportsEscapeCsvFormulasAndMarkdown() {
        fx.decisions.record(ws, principal, new NewDecision("=HYPERLINK(\"http://evil\")", "a, \"quoted\"\nline",
                List.of(union), null, LocalDate.of(2026, 1, 10), null, List.of(), null, null));
        String csv = fx.decisions.export(ws, teacher, DecisionFilter.ALL, ExportFormat.CSV);
        assertThat(csv).startsWith("\"seq\",\"decided_on\"");
        assertThat(csv).contains("\"'=HYPERLINK(\"\"http://evil\"\")\"");
        assertThat(csv).contains("\"a, \"\"quoted\"\"\nline\"");
        assertThat(csv).contains("\"Union\"");
        String md = fx.decisions.export(ws, teacher, DecisionFilter.ALL, ExportFormat.MARKDOWN);
        assertThat(md).contains("=HYPERLINK\\(\"http://evil\"\\)").contains("## #1");
    }

    @Test
    void aClosedVoteIsLoggedOnceEvenIfTheEventArrivesTwice() {
        VoteClosed closed = new VoteClosed(VoteId.newId(), ws, "Ratify the 2026 agreement?", VoteMethod.RATIFICATION,
                SubjectRef.proposal("prop-1"), Outcome.PASSED, "Majority: 40 yes, 10 no.", 60, 50,
                Map.of("yes", 40L, "no", 10L), true, fx.clock.instant());
        fx.listeners.on(closed);
        fx.listeners.on(closed);
        List<LoggedDecision> all = fx.decisions.list(ws, teacher, DecisionFilter.ALL);
        assertThat(all).hasSize(1);
        DecisionEntry entry = all.getFirst().entry();
        assertThat(entry.source()).isEqualTo("vote");
        assertThat(entry.links().voteId()).isEqualTo(closed.voteId().value());
        assertThat(entry.links().proposalId()).isEqualTo("prop-1");
        assertThat(entry.rationale()).contains("yes: 40, no: 10, abstain: 0");
        assertThat(fx.decisions.verify(ws, teacher).intact()).isTrue();
    }
}
