package app.jointly.proposal.internal;

import app.jointly.identity.CurrentUser;
import app.jointly.proposal.BargainingTableService;
import app.jointly.proposal.NewProposal;
import app.jointly.proposal.ProposalId;
import app.jointly.proposal.ProposalService;
import app.jointly.proposal.internal.ProposalResponses.OpenItemResponse;
import app.jointly.proposal.internal.ProposalResponses.ProposalRedlineResponse;
import app.jointly.proposal.internal.ProposalResponses.ProposalResponse;
import app.jointly.proposal.internal.ProposalResponses.SummaryResponse;
import app.jointly.proposal.internal.ProposalResponses.TableResponse;
import app.jointly.shared.DocumentId;
import app.jointly.shared.InvalidInputException;
import app.jointly.shared.SectionId;
import app.jointly.shared.UserId;
import app.jointly.shared.WorkspaceId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Proposals", description = "Caucus drafts, proposals, counterproposals, redlines and tentative agreements")
class ProposalController {

    private final ProposalService proposals;
    private final BargainingTableService table;
    private final CurrentUser currentUser;

    ProposalController(ProposalService proposals, BargainingTableService table, CurrentUser currentUser) {
        this.proposals = proposals;
        this.table = table;
        this.currentUser = currentUser;
    }

    record CreateProposal(String sectionId, String text, String rationale, String counters) {
    }

    record EditProposal(String text, String rationale, Long version) {
    }

    record CounterProposal(String text, String rationale) {
    }

    @PostMapping("/workspaces/{ws}/proposals")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Start a draft in your party's caucus (with counters: a counterproposal)")
    ProposalResponse create(@PathVariable String ws, @RequestBody CreateProposal request) {
        if (request.sectionId() == null && request.counters() == null) {
            throw new InvalidInputException("section-required", "Say which section the proposal is for.");
        }
        NewProposal input = new NewProposal(Optional.ofNullable(request.sectionId()).map(SectionId::new),
                request.text(), request.rationale(), Optional.ofNullable(request.counters()).map(ProposalId::new));
        return ProposalResponse.of(proposals.create(new WorkspaceId(ws), me(), input));
    }

    @GetMapping("/workspaces/{ws}/proposals/drafts")
    @Operation(summary = "Your party's caucus drafts in this workspace")
    List<SummaryResponse> drafts(@PathVariable String ws) {
        return table.caucusDrafts(new WorkspaceId(ws), me()).stream().map(SummaryResponse::of).toList();
    }

    @GetMapping("/proposals/{id}")
    @Operation(summary = "One proposal (a draft only for its own party)")
    ProposalResponse get(@PathVariable String id) {
        return ProposalResponse.of(proposals.get(new ProposalId(id), me()));
    }

    @PutMapping("/proposals/{id}")
    @Operation(summary = "Edit a draft; send the version you started from")
    ProposalResponse edit(@PathVariable String id, @RequestBody EditProposal request) {
        if (request.version() == null) {
            throw new InvalidInputException("version-required", "Send the version of the draft you edited.");
        }
        return ProposalResponse.of(proposals.edit(new ProposalId(id), me(), request.text(), request.rationale(),
                request.version()));
    }

    @PostMapping("/proposals/{id}/present")
    @Operation(summary = "Present a draft across the table (the party's lead)")
    ProposalResponse present(@PathVariable String id) {
        return ProposalResponse.of(proposals.present(new ProposalId(id), me()));
    }

    @PostMapping("/proposals/{id}/withdraw")
    @Operation(summary = "Withdraw a draft or open proposal (the authoring party's lead)")
    ProposalResponse withdraw(@PathVariable String id) {
        return ProposalResponse.of(proposals.withdraw(new ProposalId(id), me()));
    }

    @PostMapping("/proposals/{id}/reject")
    @Operation(summary = "Reject an open proposal (the lead of another party)")
    ProposalResponse reject(@PathVariable String id) {
        return ProposalResponse.of(proposals.reject(new ProposalId(id), me()));
    }

    @PostMapping("/proposals/{id}/sign")
    @Operation(summary = "Sign off the text for your party (a lead); when every party has, it is a TA")
    ProposalResponse sign(@PathVariable String id) {
        return ProposalResponse.of(proposals.signOff(new ProposalId(id), me()));
    }

    @PostMapping("/proposals/{id}/reopen-requests")
    @Operation(summary = "Ask to reopen a tentative agreement (a lead; counts as your party's consent)")
    ProposalResponse requestReopen(@PathVariable String id) {
        return ProposalResponse.of(proposals.requestReopen(new ProposalId(id), me()));
    }

    @PostMapping("/proposals/{id}/reopen-consents")
    @Operation(summary = "Consent to reopening a tentative agreement (a lead of another party)")
    ProposalResponse consentToReopen(@PathVariable String id) {
        return ProposalResponse.of(proposals.consentToReopen(new ProposalId(id), me()));
    }

    @PostMapping("/proposals/{id}/counter")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Start a counterproposal draft in your caucus; the text defaults to the countered text")
    ProposalResponse counter(@PathVariable String id, @RequestBody(required = false) CounterProposal request) {
        ProposalId countered = new ProposalId(id);
        WorkspaceId workspace = proposals.get(countered, me()).proposal().workspaceId();
        CounterProposal body = request == null ? new CounterProposal(null, null) : request;
        return ProposalResponse.of(proposals.create(workspace, me(),
                new NewProposal(Optional.empty(), body.text(), body.rationale(), Optional.of(countered))));
    }

    @GetMapping("/proposals/{id}/redline")
    @Operation(summary = "Word-level redline against the agreed text (and, for a counter, the countered proposal)")
    ProposalRedlineResponse redline(@PathVariable String id) {
        return ProposalRedlineResponse.of(table.redline(new ProposalId(id), me()));
    }

    @GetMapping("/documents/{docId}/table")
    @Operation(summary = "The bargaining table: per article, the chain of proposals and counters")
    TableResponse bargainingTable(@PathVariable String docId) {
        return TableResponse.of(table.table(new DocumentId(docId), me()));
    }

    @GetMapping("/workspaces/{ws}/open-items")
    @Operation(summary = "Articles with presented proposals still waiting for an answer")
    List<OpenItemResponse> openItems(@PathVariable String ws) {
        return table.openItems(new WorkspaceId(ws), me()).stream().map(OpenItemResponse::of).toList();
    }

    private UserId me() {
        return currentUser.require().id();
    }
}
