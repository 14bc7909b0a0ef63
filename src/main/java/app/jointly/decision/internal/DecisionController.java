package app.jointly.decision.internal;

import app.jointly.decision.Checkpoint;
import app.jointly.decision.DecisionFilter;
import app.jointly.decision.DecisionId;
import app.jointly.decision.DecisionLinks;
import app.jointly.decision.DecisionService;
import app.jointly.decision.DecisionService.ExportFormat;
import app.jointly.decision.FollowUpStatus;
import app.jointly.decision.LogCheckpoint;
import app.jointly.decision.LoggedDecision;
import app.jointly.decision.NewDecision;
import app.jointly.decision.NewFollowUp;
import app.jointly.decision.VerifyReport;
import app.jointly.identity.CurrentUser;
import app.jointly.shared.InvalidInputException;
import app.jointly.shared.PartyId;
import app.jointly.shared.UserId;
import app.jointly.shared.WorkspaceId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The decision-log REST API: the same service calls, and so the same authorisation, as the view. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Decision log")
class DecisionController {

    private final DecisionService decisions;
    private final CurrentUser currentUser;
    private final DecisionLogPdf pdf;

    DecisionController(DecisionService decisions, CurrentUser currentUser, DecisionLogPdf pdf) {
        this.decisions = decisions;
        this.currentUser = currentUser;
        this.pdf = pdf;
    }

    record LinksJson(String proposalId, String taRef, String voteId) {
    }

    record FollowUpJson(String description, String owner, String due) {
    }

    record CreateDecision(String decision, String rationale, List<String> concurringParties,
                          List<String> concurringPeople, String decidedOn, LinksJson links, List<String> tags,
                          List<FollowUpJson> followUps, String supersedes) {
    }

    record DoneRequest(Boolean done) {
    }

    record VerifyJson(boolean intact, long entriesChecked, Long firstBadSeq, String firstBadId, String problem,
                      long headSeq, String headHash, String head, Boolean checkpointFound) {
        static VerifyJson of(VerifyReport r) {
            return new VerifyJson(r.intact(), r.entriesChecked(), r.firstBadSeq(),
                    r.firstBadId() == null ? null : r.firstBadId().value(), r.problem(), r.headSeq(), r.headHash(),
                    r.head().toString(), r.checkpointFound());
        }
    }

    record CheckpointJson(String workspaceId, long headSeq, String headHash, String checkpoint, boolean intact,
                          java.time.Instant takenAt, String takenBy, String takenByUsername) {
    }

    record FollowUpStatusJson(String actionId, boolean done, String by, java.time.Instant at) {
        static FollowUpStatusJson of(FollowUpStatus s) {
            return new FollowUpStatusJson(s.actionId(), s.done(), s.by().value(), s.at());
        }
    }

    @PostMapping("/workspaces/{workspaceId}/decisions")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Log a decision (owners, leads, members); a correction names the entry it supersedes")
    DecisionJson record(@PathVariable String workspaceId, @RequestBody CreateDecision r) {
        List<NewFollowUp> followUps = r.followUps() == null ? null : r.followUps().stream()
                .map(f -> new NewFollowUp(f.description(), f.owner(), date(f.due()))).toList();
        List<PartyId> parties = r.concurringParties() == null ? null
                : r.concurringParties().stream().map(PartyId::new).toList();
        DecisionLinks links = r.links() == null ? null
                : new DecisionLinks(r.links().proposalId(), r.links().taRef(), r.links().voteId());
        NewDecision spec = new NewDecision(r.decision(), r.rationale(), parties, r.concurringPeople(),
                date(r.decidedOn()), links, r.tags(), followUps,
                r.supersedes() == null || r.supersedes().isBlank() ? null : new DecisionId(r.supersedes()));
        return DecisionJson.of(decisions.record(new WorkspaceId(workspaceId), me(), spec));
    }

    @GetMapping("/workspaces/{workspaceId}/decisions")
    @Operation(summary = "The log, newest first, with superseded entries marked (members)",
            description = "Filters: from, to (YYYY-MM-DD, decided on), party (id), tag, followUps = open | done | none")
    List<DecisionJson> list(@PathVariable String workspaceId, @RequestParam(required = false) String from,
                            @RequestParam(required = false) String to, @RequestParam(required = false) String party,
                            @RequestParam(required = false) String tag,
                            @RequestParam(required = false) String followUps) {
        return decisions.list(new WorkspaceId(workspaceId), me(), filter(from, to, party, tag, followUps)).stream()
                .map(DecisionJson::of).toList();
    }

    @GetMapping("/workspaces/{workspaceId}/decisions/verify")
    @Operation(summary = "Recompute the hash chain and report the first entry that does not match",
            description = "checkpoint = SEQ:HASH from an earlier checkpoint file or export: if the log no longer "
                    + "holds that entry with that hash (cut below it, or rewritten), intact is false and "
                    + "checkpointFound false")
    VerifyJson verify(@PathVariable String workspaceId, @RequestParam(required = false) String checkpoint) {
        Checkpoint given = checkpoint == null || checkpoint.isBlank() ? null : Checkpoint.parse(checkpoint);
        return VerifyJson.of(decisions.verify(new WorkspaceId(workspaceId), me(), given));
    }

    @GetMapping("/workspaces/{workspaceId}/decisions/checkpoint")
    @Operation(summary = "Download the log's head as a small JSON file to keep outside Jointly (members)")
    ResponseEntity<CheckpointJson> checkpoint(@PathVariable String workspaceId) {
        var user = currentUser.require();
        LogCheckpoint c = decisions.checkpoint(new WorkspaceId(workspaceId), user.id());
        String name = "decision-log-checkpoint-" + c.head().seq() + ".json";
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(name).build().toString())
                .body(new CheckpointJson(c.workspaceId().value(), c.head().seq(), c.head().hash(),
                        c.head().toString(), c.intact(), c.takenAt(), c.takenBy().value(), user.username()));
    }

    @GetMapping("/workspaces/{workspaceId}/decisions/export")
    @Operation(summary = "Download the (filtered) log as CSV, Markdown or PDF: format = csv | md | pdf")
    ResponseEntity<byte[]> export(@PathVariable String workspaceId, @RequestParam(defaultValue = "csv") String format,
                                  @RequestParam(required = false) String from,
                                  @RequestParam(required = false) String to,
                                  @RequestParam(required = false) String party,
                                  @RequestParam(required = false) String tag,
                                  @RequestParam(required = false) String followUps) {
        if ("pdf".equalsIgnoreCase(format.trim())) {
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF).header(HttpHeaders.CONTENT_DISPOSITION,
                            ContentDisposition.attachment().filename("decision-log.pdf").build().toString())
                    .body(pdf.print(new WorkspaceId(workspaceId), me(), filter(from, to, party, tag, followUps)));
        }
        ExportFormat f = ExportFormat.fromWire(format);
        String body = decisions.export(new WorkspaceId(workspaceId), me(), filter(from, to, party, tag, followUps), f);
        MediaType type = f == ExportFormat.CSV ? new MediaType("text", "csv", StandardCharsets.UTF_8)
                : new MediaType("text", "markdown", StandardCharsets.UTF_8);
        String name = "decision-log." + (f == ExportFormat.CSV ? "csv" : "md");
        return ResponseEntity.ok().contentType(type).header(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(name).build().toString())
                .body(body.getBytes(StandardCharsets.UTF_8));
    }

    @GetMapping("/decisions/{id}")
    @Operation(summary = "One entry with its follow-ups' state")
    DecisionJson get(@PathVariable String id) {
        return DecisionJson.of(decisions.get(new DecisionId(id), me()));
    }

    @PostMapping("/decisions/{id}/actions/{actionId}/done")
    @Operation(summary = "Tick a follow-up done (body {\"done\": false} unticks it); the entry itself never changes")
    FollowUpStatusJson done(@PathVariable String id, @PathVariable String actionId,
                        @RequestBody(required = false) DoneRequest request) {
        boolean done = request == null || request.done() == null || request.done();
        return FollowUpStatusJson.of(decisions.markDone(new DecisionId(id), actionId, done, me()));
    }

    static DecisionFilter filter(String from, String to, String party, String tag, String followUps) {
        return new DecisionFilter(date(from), date(to), party == null || party.isBlank() ? null : new PartyId(party),
                tag, DecisionFilter.FollowUps.fromWire(followUps));
    }

    private static LocalDate date(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("invalid-date", "Dates are written YYYY-MM-DD.");
        }
        // a typo like year 20266 would otherwise be stored, sorted and exported as if meant
        if (date.getYear() < 1900 || date.getYear() > 2200) {
            throw new InvalidInputException("invalid-date", "Dates lie between the years 1900 and 2200.");
        }
        return date;
    }

    private UserId me() {
        return currentUser.require().id();
    }
}
