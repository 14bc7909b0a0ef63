package app.jointly.proposal;

import app.jointly.proposal.internal.ProposalStore;
import app.jointly.proposal.internal.SectionTexts;
import app.jointly.proposal.internal.SectionTexts.SectionRef;
import app.jointly.shared.ConflictException;
import app.jointly.shared.InvalidInputException;
import app.jointly.shared.NotFoundException;
import app.jointly.shared.UserId;
import app.jointly.shared.WorkspaceId;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;

/**
 * Drafting, presenting, countering, rejecting, withdrawing, signing off and reopening proposals. Every method
 * takes the acting user and checks membership, party and role; a draft is NotFound for anyone outside its
 * party. Each change is one versioned write; commands re-read and retry when a concurrent write won.
 */
@Service
public class ProposalService {

    private static final Logger log = LoggerFactory.getLogger(ProposalService.class);
    private static final int ATTEMPTS = 5;

    private final ProposalStore store;
    private final SectionTexts sections;
    private final Actors actors;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ProposalService(ProposalStore store, SectionTexts sections, Actors actors, ApplicationEventPublisher events,
            Clock clock) {
        this.store = store;
        this.sections = sections;
        this.actors = actors;
        this.events = events;
        this.clock = clock;
    }

    /** Starts a draft in the caller's caucus; with {@code counters} it is a counter starting from that text. */
    public ProposalDetails create(WorkspaceId workspace, UserId user, NewProposal input) {
        Actor actor = actors.require(workspace, user);
        SectionRef section;
        String baseText;
        String text = input.text();
        if (input.counters().isPresent()) {
            Proposal countered = visible(input.counters().get(), actor);
            if (!countered.workspaceId().equals(workspace)) {
                throw ProposalRules.notFound();
            }
            countered.requireCounterableBy(actor);
            if (input.sectionId().isPresent() && !input.sectionId().get().equals(countered.sectionId())) {
                throw new InvalidInputException("section-mismatch", "A counter is for the countered section.");
            }
            section = new SectionRef(workspace, countered.documentId(), countered.sectionId(), "");
            baseText = countered.text();
            text = text == null || text.isBlank() ? countered.text() : text;
        } else {
            section = input.sectionId().flatMap(sections::locate).filter(s -> s.workspaceId().equals(workspace))
                    .orElseThrow(() -> new NotFoundException("section-not-found", "No such section."));
            baseText = sections.agreedText(section.sectionId());
        }
        Transition t = Proposal.draft(ProposalId.newId(), workspace, section.documentId(), section.sectionId(),
                actor, text, input.rationale() == null ? "" : input.rationale(), input.counters(), baseText,
                clock.instant());
        Proposal saved = store.insert(t.proposal());
        publish(saved, t.events());
        return ProposalDetails.of(saved, actor);
    }

    public ProposalDetails get(ProposalId id, UserId user) {
        Proposal p = load(id);
        Actor actor = actors.requireFor(p, user);
        ProposalRules.requireVisible(p, actor);
        return ProposalDetails.of(p, actor);
    }

    /** Edits a draft; {@code expectedVersion} is the version the editor started from. */
    public ProposalDetails edit(ProposalId id, UserId user, String text, String rationale, long expectedVersion) {
        Proposal p = load(id);
        Actor actor = actors.requireFor(p, user);
        ProposalRules.requireVisible(p, actor);
        if (p.version() != expectedVersion) {
            throw new ConflictException("stale-version",
                    "Someone changed this draft since you opened it; reload and apply your change again.");
        }
        Transition t = p.edit(actor, text, rationale == null ? "" : rationale, clock.instant());
        try {
            return ProposalDetails.of(save(t), actor);
        } catch (OptimisticLockingFailureException e) {
            throw new ConflictException("stale-version",
                    "Someone changed this draft at the same moment; reload and apply your change again.");
        }
    }

    /** Presents a draft; a counter's presentation marks the countered proposal as countered first. */
    public ProposalDetails present(ProposalId id, UserId user) {
        Proposal draft = load(id);
        Actor actor = actors.requireFor(draft, user);
        draft.present(actor, clock.instant()); // validates before touching the countered proposal
        draft.counters().ifPresent(countered -> change(countered, draft.workspaceId(),
                (p, a) -> p.markCountered(id, actor, clock.instant()), user));
        return change(id, draft.workspaceId(), (p, a) -> p.present(a, clock.instant()), user);
    }

    public ProposalDetails reject(ProposalId id, UserId user) {
        return change(id, null, (p, a) -> p.reject(a, clock.instant()), user);
    }

    public ProposalDetails withdraw(ProposalId id, UserId user) {
        return change(id, null, (p, a) -> p.withdraw(a, clock.instant()), user);
    }

    public ProposalDetails signOff(ProposalId id, UserId user) {
        return change(id, null, (p, a) -> p.signOff(a, actors.parties(p.workspaceId()), clock.instant()), user);
    }

    public ProposalDetails requestReopen(ProposalId id, UserId user) {
        return change(id, null, (p, a) -> p.requestReopen(a, actors.parties(p.workspaceId()), clock.instant()),
                user);
    }

    public ProposalDetails consentToReopen(ProposalId id, UserId user) {
        return change(id, null,
                (p, a) -> p.consentToReopen(a, actors.parties(p.workspaceId()), clock.instant()), user);
    }

    /**
     * Moves a tentative agreement on after a vote about it closed. Votes name their subject by id only, so a vote
     * from another workspace, or about a proposal that is not (or no longer) a tentative agreement, changes nothing.
     * Idempotent: a vote whose outcome the proposal already records changes nothing either.
     *
     * @throws ConflictException when concurrent changes kept winning (the caller's outbox retries later)
     */
    public void settleByVote(ProposalId id, WorkspaceId workspace, String voteId, String question, boolean passed) {
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            Optional<Proposal> found = store.find(id);
            if (found.isPresent() && found.get().settledBy(voteId)) {
                log.debug("The outcome of vote {} is already recorded on proposal {}", voteId, id);
                return;
            }
            if (found.isEmpty() || !found.get().workspaceId().equals(workspace)
                    || found.get().status() != ProposalStatus.TENTATIVELY_AGREED) {
                log.info("Vote {} closed about proposal {}, which is not a tentative agreement here; ignored",
                        voteId, id);
                return;
            }
            try {
                save(found.get().settleByVote(voteId, question, passed, clock.instant()));
                return;
            } catch (OptimisticLockingFailureException e) {
                log.debug("Proposal {} changed concurrently while settling vote {}; retrying", id, voteId);
            }
        }
        throw new ConflictException("busy", "Could not record the outcome of vote " + voteId + " on proposal " + id
                + ": too many concurrent changes.");
    }

    /** Loads, applies and writes under the version read; on a lost race re-reads and applies again. */
    private ProposalDetails change(ProposalId id, WorkspaceId expected, Command command, UserId user) {
        for (int attempt = 1; ; attempt++) {
            Proposal p = load(id);
            if (expected != null && !p.workspaceId().equals(expected)) {
                throw ProposalRules.notFound();
            }
            Actor actor = actors.requireFor(p, user);
            ProposalRules.requireVisible(p, actor);
            Transition t = command.apply(p, actor);
            try {
                return ProposalDetails.of(save(t), actor);
            } catch (OptimisticLockingFailureException e) {
                if (attempt >= ATTEMPTS) {
                    throw new ConflictException("busy", "Too many simultaneous changes; try again.");
                }
                log.debug("Proposal {} changed concurrently; retrying (attempt {})", id, attempt);
            }
        }
    }

    /**
     * Writes the change with the effects it has on other modules in the same write, then carries those out at
     * once on this node (so a client sees the agreed text as soon as the last sign-off returns); a crash or a
     * failure leaves them pending for the outbox's scheduled pass.
     */
    private Proposal save(Transition t) {
        List<ProposalEvent> effects = t.events().stream().filter(ProposalService::crossesModules).toList();
        Proposal saved = store.update(t.proposal(), effects);
        if (!effects.isEmpty()) {
            store.deliverEffects(saved.id());
        }
        publish(saved, t.events());
        return saved;
    }

    /** Events whose listeners change other data (agreed text, decision log): delivered through the outbox. */
    private static boolean crossesModules(ProposalEvent event) {
        return event instanceof TentativeAgreementReached || event instanceof TentativeAgreementReopened
                || event instanceof RatificationSettled;
    }

    private void publish(Proposal saved, List<ProposalEvent> domainEvents) {
        domainEvents.stream().filter(e -> !crossesModules(e)).forEach(events::publishEvent);
        boolean caucusOnly = domainEvents.stream().allMatch(ProposalEvent::caucusOnly);
        events.publishEvent(new ProposalChanged(saved.workspaceId(), saved.documentId(), saved.id(), saved.party(),
                caucusOnly));
    }

    private Proposal visible(ProposalId id, Actor actor) {
        Proposal p = load(id);
        ProposalRules.requireVisible(p, actor);
        return p;
    }

    private Proposal load(ProposalId id) {
        return store.find(id).orElseThrow(ProposalRules::notFound);
    }

    @FunctionalInterface
    private interface Command {
        Transition apply(Proposal proposal, Actor actor);
    }

}
