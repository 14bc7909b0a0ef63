package app.jointly.proposal;

import static app.jointly.proposal.ProposalStatus.*;

import app.jointly.shared.ConflictException;
import app.jointly.shared.DocumentId;
import app.jointly.shared.PartyId;
import app.jointly.shared.SectionId;
import app.jointly.shared.UserId;
import app.jointly.shared.WorkspaceId;
import app.jointly.workspace.Role;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The proposal aggregate: new language for one section, authored by one party. Immutable; every state change
 * validates the actor and the current status ({@link ProposalRules}) and returns the next state with its
 * past-tense events. {@code caucus} holds what never leaves the authoring party.
 */
public record Proposal(ProposalId id, long version, WorkspaceId workspaceId, DocumentId documentId,
        SectionId sectionId, PartyId party, String text, String rationale, ProposalStatus status,
        Optional<ProposalId> counters, String baseText, List<StateChange> history, List<SignOff> signOffs,
        List<SignOff> reopenConsents, Optional<Instant> presentedAt, Instant createdAt, Instant updatedAt,
        Caucus caucus) {

    public Proposal {
        history = List.copyOf(history);
        signOffs = List.copyOf(signOffs);
        reopenConsents = List.copyOf(reopenConsents);
    }

    /** Starts a draft in the actor's caucus; {@code baseText} is the agreed or countered text it starts from. */
    public static Transition draft(ProposalId id, WorkspaceId workspace, DocumentId document, SectionId section,
            Actor actor, String text, String rationale, Optional<ProposalId> counters, String baseText,
            Instant now) {
        PartyId party = ProposalRules.requireDrafter(actor);
        ProposalRules.requireText(text, rationale);
        Caucus caucus = new Caucus(actor.id(), actor.name(),
                List.of(new DraftRevision(actor.id(), actor.name(), now, text.length())));
        Proposal proposal = new Proposal(id, 0, workspace, document, section, party, text, rationale, DRAFT,
                counters, baseText, List.of(), List.of(), List.of(), Optional.empty(), now, now, caucus);
        return new Transition(proposal,
                List.of(new ProposalDrafted(workspace, id, section, party, counters, now)));
    }

    /** Whether the actor may know this proposal exists: presented ones are public, drafts are caucus-only. */
    public boolean visibleTo(Actor actor) {
        return presentedAt.isPresent() || actor.inParty(party);
    }

    public boolean isPresented() {
        return presentedAt.isPresent();
    }

    public Transition edit(Actor actor, String newText, String newRationale, Instant now) {
        ProposalRules.requireVisible(this, actor);
        ProposalRules.requireCaucusEditor(this, actor);
        ProposalRules.requireStatus(this, "not-a-draft",
                "Only a draft can be changed; presented or agreed text needs a new proposal.", DRAFT);
        ProposalRules.requireText(newText, newRationale);
        Proposal next = new Proposal(id, version, workspaceId, documentId, sectionId, party, newText, newRationale,
                status, counters, baseText, history, signOffs, reopenConsents, presentedAt, createdAt, now,
                caucus.withRevision(new DraftRevision(actor.id(), actor.name(), now, newText.length())));
        return new Transition(next, List.of(new ProposalDraftEdited(workspaceId, id, party, now)));
    }

    public Transition present(Actor actor, Instant now) {
        ProposalRules.requireVisible(this, actor);
        ProposalRules.requirePartyLead(this, actor, "Only your party's lead can present a proposal.");
        ProposalRules.requireStatus(this, "not-a-draft", "This proposal has already been presented.", DRAFT);
        Proposal next = moved(PRESENTED, actor, now).withPresentedAt(now);
        return new Transition(next,
                List.of(new ProposalPresented(workspaceId, id, sectionId, party, counters, actor.id(), now)));
    }

    /** Called when another party presents a counter to this proposal. */
    public Transition markCountered(ProposalId counterId, Actor actor, Instant now) {
        ProposalRules.requireStatus(this, "not-open",
                "The proposal you counter is no longer open at the table.", PRESENTED);
        return new Transition(moved(COUNTERED, actor, now),
                List.of(new ProposalCountered(workspaceId, id, counterId, now)));
    }

    /** Checks that the actor may start a counterproposal to this one (the draft itself is a new proposal). */
    public void requireCounterableBy(Actor actor) {
        ProposalRules.requireVisible(this, actor);
        ProposalRules.requireOtherPartyEditor(this, actor);
        ProposalRules.requireStatus(this, "not-open", "Only a presented, open proposal can be countered.",
                PRESENTED);
    }

    public Transition reject(Actor actor, Instant now) {
        ProposalRules.requireVisible(this, actor);
        ProposalRules.requireOtherPartyLead(this, actor);
        ProposalRules.requireStatus(this, "not-open", "Only a presented, open proposal can be rejected.",
                PRESENTED);
        PartyId by = actor.party().orElseThrow();
        return new Transition(moved(REJECTED, actor, now),
                List.of(new ProposalRejected(workspaceId, id, by, actor.id(), now)));
    }

    public Transition withdraw(Actor actor, Instant now) {
        ProposalRules.requireVisible(this, actor);
        ProposalRules.requirePartyLead(this, actor, "Only your party's lead can withdraw a proposal.");
        ProposalRules.requireStatus(this, "not-open", "Only a draft or an open proposal can be withdrawn.",
                DRAFT, PRESENTED);
        return new Transition(moved(WITHDRAWN, actor, now),
                List.of(new ProposalWithdrawn(workspaceId, id, isPresented(), actor.id(), now)));
    }

    /** A party lead initials the text; when every party of the workspace has signed, it is a TA. */
    public Transition signOff(Actor actor, Set<PartyId> parties, Instant now) {
        ProposalRules.requireVisible(this, actor);
        ProposalRules.requireStatus(this, "not-open", "Only a presented, open proposal can be signed off.",
                PRESENTED);
        SignOff signOff = ProposalRules.requireSigner(actor, parties, signOffs, "already-signed",
                "Your party has already signed off this proposal.", now);
        List<SignOff> signed = append(signOffs, signOff);
        List<ProposalEvent> events = new ArrayList<>();
        events.add(new ProposalSignedOff(workspaceId, id, signOff));
        Proposal next = new Proposal(id, version, workspaceId, documentId, sectionId, party, text, rationale,
                status, counters, baseText, history, signed, reopenConsents, presentedAt, createdAt, now, caucus);
        if (ProposalRules.allSigned(signed, parties)) {
            next = next.moved(TENTATIVELY_AGREED, actor, now);
            events.add(new TentativeAgreementReached(workspaceId, id, sectionId, signed,
                    ProposalRules.sha256(text), now));
        }
        return new Transition(next, events);
    }

    public Transition requestReopen(Actor actor, Set<PartyId> parties, Instant now) {
        ProposalRules.requireStatus(this, "not-agreed", "Only a tentative agreement can be reopened.",
                TENTATIVELY_AGREED);
        if (!reopenConsents.isEmpty()) {
            throw new ConflictException("reopen-already-requested",
                    "Reopening this tentative agreement has already been requested; consent to it instead.");
        }
        SignOff request = ProposalRules.requireSigner(actor, parties, reopenConsents, "already-consented",
                "Your party has already consented to reopening.", now);
        return reopenStep(request, new ReopenRequested(workspaceId, id, request), actor, parties, now);
    }

    public Transition consentToReopen(Actor actor, Set<PartyId> parties, Instant now) {
        ProposalRules.requireStatus(this, "not-agreed", "Only a tentative agreement can be reopened.",
                TENTATIVELY_AGREED);
        if (reopenConsents.isEmpty()) {
            throw new ConflictException("no-reopen-request",
                    "Nobody has asked to reopen this tentative agreement.");
        }
        SignOff consent = ProposalRules.requireSigner(actor, parties, reopenConsents, "already-consented",
                "Your party has already consented to reopening.", now);
        return reopenStep(consent, new ReopenConsented(workspaceId, id, consent), actor, parties, now);
    }

    private Transition reopenStep(SignOff consent, ProposalEvent event, Actor actor, Set<PartyId> parties,
            Instant now) {
        List<SignOff> consents = append(reopenConsents, consent);
        List<ProposalEvent> events = new ArrayList<>(List.of(event));
        Proposal next = new Proposal(id, version, workspaceId, documentId, sectionId, party, text, rationale,
                status, counters, baseText, history, signOffs, consents, presentedAt, createdAt, now, caucus);
        if (ProposalRules.allSigned(consents, parties)) {
            next = next.moved(REOPENED, actor, now);
            events.add(new TentativeAgreementReopened(workspaceId, id, sectionId, consents, now));
        }
        return new Transition(next, events);
    }

    /**
     * A vote about this tentative agreement closed: passing ratifies it, failing sends it back to the table
     * (reopened), as a failed ratification does on paper.
     */
    public Transition settleByVote(String voteId, String question, boolean passed, Instant now) {
        ProposalRules.requireStatus(this, "not-agreed", "Only a tentative agreement can be ratified.",
                TENTATIVELY_AGREED);
        Actor vote = new Actor(voteActor(voteId), "Vote: " + question, Role.OBSERVER, Optional.empty());
        return new Transition(moved(passed ? RATIFIED : REOPENED, vote, now),
                List.of(new RatificationSettled(workspaceId, id, sectionId, voteId, passed, now)));
    }

    /** Whether the vote's outcome already moved this proposal (its history names the vote). */
    public boolean settledBy(String voteId) {
        UserId vote = voteActor(voteId);
        return history.stream().anyMatch(h -> h.by().equals(vote));
    }

    /** The history's actor for a vote's outcome: "vote-" and the vote's id, so the outcome is recorded once. */
    private static UserId voteActor(String voteId) {
        return new UserId("vote-" + voteId);
    }

    private Proposal moved(ProposalStatus to, Actor actor, Instant now) {
        return new Proposal(id, version, workspaceId, documentId, sectionId, party, text, rationale, to, counters,
                baseText, append(history, new StateChange(status, to, actor.id(), actor.name(), now)), signOffs,
                reopenConsents, presentedAt, createdAt, now, caucus);
    }

    private Proposal withPresentedAt(Instant at) {
        return new Proposal(id, version, workspaceId, documentId, sectionId, party, text, rationale, status,
                counters, baseText, history, signOffs, reopenConsents, Optional.of(at), createdAt, updatedAt,
                caucus);
    }

    /** The same proposal as stored under a new version (set by the store after a successful write). */
    public Proposal withVersion(long newVersion) {
        return new Proposal(id, newVersion, workspaceId, documentId, sectionId, party, text, rationale, status,
                counters, baseText, history, signOffs, reopenConsents, presentedAt, createdAt, updatedAt, caucus);
    }

    private static <T> List<T> append(List<T> list, T item) {
        List<T> next = new ArrayList<>(list);
        next.add(item);
        return next;
    }
}
