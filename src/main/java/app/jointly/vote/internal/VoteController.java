package app.jointly.vote.internal;

import app.jointly.identity.CurrentUser;
import app.jointly.shared.UserId;
import app.jointly.shared.WorkspaceId;
import app.jointly.vote.OutcomeStatement;
import app.jointly.vote.Vote;
import app.jointly.vote.VoteId;
import app.jointly.vote.VoteOutcomeStatements;
import app.jointly.vote.VoteService;
import app.jointly.vote.internal.VoteApi.BallotRequest;
import app.jointly.vote.internal.VoteApi.CastBallotJson;
import app.jointly.vote.internal.VoteApi.CreateVote;
import app.jointly.vote.internal.VoteApi.MyBallotJson;
import app.jointly.vote.internal.VoteApi.OutcomeJson;
import app.jointly.vote.internal.VoteApi.OutcomeRequest;
import app.jointly.vote.internal.VoteApi.ReceiptJson;
import app.jointly.vote.internal.VoteApi.ResultJson;
import app.jointly.vote.internal.VoteApi.VoteJson;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The votes REST API: the same service calls and therefore the same authorisation as the views. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Votes")
class VoteController {

    private final VoteService votes;
    private final VoteOutcomeStatements statements;
    private final CurrentUser currentUser;

    VoteController(VoteService votes, VoteOutcomeStatements statements, CurrentUser currentUser) {
        this.votes = votes;
        this.statements = statements;
        this.currentUser = currentUser;
    }

    @PostMapping("/workspaces/{workspaceId}/votes")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create a vote (owners; leads, and for a party's vote only that party's lead)",
            description = "method: consensus | majority | supermajority | per-party-concurrence | ratification; "
                    + "electorate: workspace | party (needs partyId); secret only for ratification. "
                    + "Without opensAt the vote is opened by hand; an opensAt in the past opens it at once.")
    VoteJson create(@PathVariable String workspaceId, @RequestBody CreateVote request) {
        return VoteJson.of(votes.create(new WorkspaceId(workspaceId), me(), request.toNewVote()));
    }

    @GetMapping("/workspaces/{workspaceId}/votes")
    @Operation(summary = "The workspace's votes, newest first (members)")
    List<VoteJson> list(@PathVariable String workspaceId) {
        return votes.list(new WorkspaceId(workspaceId), me()).stream().map(VoteJson::of).toList();
    }

    @GetMapping("/votes/{id}")
    @Operation(summary = "One vote (members)")
    VoteJson get(@PathVariable String id) {
        return VoteJson.of(votes.get(new VoteId(id), me()));
    }

    @PostMapping("/votes/{id}/open")
    @Operation(summary = "Open a vote now; fixes its electorate")
    VoteJson open(@PathVariable String id) {
        return VoteJson.of(votes.open(new VoteId(id), me()));
    }

    @PostMapping("/votes/{id}/close")
    @Operation(summary = "Close a vote now; its result is then final")
    VoteJson close(@PathVariable String id) {
        return VoteJson.of(votes.close(new VoteId(id), me()));
    }

    @PutMapping("/votes/{id}/ballot")
    @Operation(summary = "Cast or change your ballot",
            description = "choice: 0..5 for consensus, yes | no | abstain otherwise; reason optional (not on "
                    + "secret ballots). A secret ballot is cast once and cannot be changed (409 already-voted); "
                    + "its answer carries a receipt (given out this once only) for GET /votes/{id}/receipts/{receipt}.")
    MyBallotJson cast(@PathVariable String id, @RequestBody BallotRequest request) {
        return MyBallotJson.of(votes.cast(new VoteId(id), me(), request.choice(), request.reason()));
    }

    @GetMapping("/votes/{id}/ballot")
    @Operation(summary = "Your own ballot (for a secret ballot only whether you voted)")
    MyBallotJson myBallot(@PathVariable String id) {
        return MyBallotJson.of(votes.myBallot(new VoteId(id), me()));
    }

    @GetMapping("/votes/{id}/receipts/{receipt}")
    @Operation(summary = "After a secret vote has closed: whether the ballot with this receipt was counted",
            description = "{\"receipt\":\"1a2b-...\",\"counted\":true|false} (members). 409 vote-not-closed before "
                    + "closing, 409 not-secret-ballot for open votes, 400 invalid-receipt for anything but 32 hex "
                    + "digits (dashes and case do not matter). The receipt says nothing of the choice.")
    ReceiptJson receipt(@PathVariable String id, @PathVariable String receipt) {
        boolean counted = votes.receiptCounted(new VoteId(id), me(), receipt);
        return new ReceiptJson(receipt.strip(), counted);
    }

    @GetMapping("/votes/{id}/result")
    @Operation(summary = "Live tally while open, final result once closed",
            description = "Electorate (size and who was eligible), turnout and counts. A secret ballot shows "
                    + "turnout only until it closes, and never who chose what.")
    ResultJson result(@PathVariable String id) {
        VoteId voteId = new VoteId(id);
        Vote vote = votes.get(voteId, me());
        return ResultJson.of(vote, votes.tally(voteId, me()), votes.eligible(voteId, me(), 20_000),
                statements.statement(voteId, me()).map(OutcomeStatement::statement).orElse(null));
    }

    @PutMapping("/votes/{id}/outcome")
    @Operation(summary = "State a closed vote's outcome (its creator); logged as a decision linked to the vote's",
            description = "403 not-vote-creator, 409 vote-not-closed, 413 statement-too-long (4,000 characters). "
                    + "A rewording replaces the statement shown and is logged as another entry.")
    OutcomeJson stateOutcome(@PathVariable String id, @RequestBody OutcomeRequest request) {
        VoteId voteId = new VoteId(id);
        return OutcomeJson.of(voteId, statements.state(voteId, me(), request.statement()));
    }

    @GetMapping("/votes/{id}/ballots")
    @Operation(summary = "Who voted what, for open (non-secret) votes; 403 secret-ballot for secret ones")
    List<CastBallotJson> ballots(@PathVariable String id) {
        return votes.openBallots(new VoteId(id), me()).stream().map(CastBallotJson::of).toList();
    }

    private UserId me() {
        return currentUser.require().id();
    }
}
