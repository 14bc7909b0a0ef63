package app.jointly.decision;

import app.jointly.decision.internal.ChainVerifier;
import app.jointly.decision.internal.DecisionExport;
import app.jointly.decision.internal.DecisionStore;
import app.jointly.decision.internal.FollowUpStore;
import app.jointly.shared.InvalidInputException;
import app.jointly.shared.NotFoundException;
import app.jointly.shared.PartyId;
import app.jointly.shared.UserId;
import app.jointly.shared.WorkspaceId;
import app.jointly.workspace.Party;
import app.jointly.workspace.WorkspaceAccess;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * The decision log of a workspace: append, read, verify, export, tick follow-ups. Members read; owners, leads and
 * members (the roles that edit) log decisions and tick follow-ups. Nothing here edits or deletes an entry.
 */
@Service
public class DecisionService {

    /** Reads are bounded: a workspace's log is read up to this many most recent entries. */
    public static final int MAX_READ = 5000;

    private final DecisionStore store;
    private final FollowUpStore followUps;
    private final ChainVerifier verifier;
    private final WorkspaceAccess access;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public DecisionService(DecisionStore store, FollowUpStore followUps, ChainVerifier verifier,
                           WorkspaceAccess access, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.followUps = followUps;
        this.verifier = verifier;
        this.access = access;
        this.events = events;
        this.clock = clock;
    }

    public LoggedDecision record(WorkspaceId workspace, UserId actor, NewDecision spec) {
        access.requireEditor(workspace, actor);
        Set<PartyId> known = access.parties(workspace).stream().map(Party::id).collect(Collectors.toSet());
        if (!known.containsAll(spec.concurringParties())) {
            throw new InvalidInputException("unknown-party", "A concurring party is not part of this workspace.");
        }
        if (spec.supersedes() != null && store.find(spec.supersedes())
                .filter(e -> e.workspaceId().equals(workspace)).isEmpty()) {
            throw new InvalidInputException("unknown-superseded", "The entry to supersede is not in this log.");
        }
        LocalDate decidedOn = spec.decidedOn() != null ? spec.decidedOn() : LocalDate.now(clock);
        List<FollowUp> actions = new ArrayList<>();
        for (NewFollowUp f : spec.followUps()) {
            actions.add(new FollowUp(Integer.toString(actions.size() + 1), f.description(), f.owner(), f.due()));
        }
        DecisionId id = DecisionId.newId();
        DecisionEntry entry = append(workspace, "manual:" + id.value(), (seq, previous, at) -> new DecisionEntry(id,
                workspace, seq, spec.decision(), spec.rationale(), spec.concurringParties(), spec.concurringPeople(),
                decidedOn, spec.links(), spec.tags(), actions, spec.supersedes(), "manual", actor, at, previous, null));
        return new LoggedDecision(entry, Map.of(), List.of(), List.of());
    }

    /** Entries newest first, with follow-up state and supersession, filtered. */
    public List<LoggedDecision> list(WorkspaceId workspace, UserId actor, DecisionFilter filter) {
        access.requireMember(workspace, actor);
        List<DecisionEntry> entries = store.list(workspace, MAX_READ);
        Map<DecisionId, List<DecisionEntry>> supersededBy = new HashMap<>();
        entries.stream().filter(e -> e.supersedes() != null)
                .forEach(e -> supersededBy.computeIfAbsent(e.supersedes(), k -> new ArrayList<>()).add(e));
        var statuses = followUps.statuses(entries.stream().filter(e -> !e.followUps().isEmpty())
                .map(DecisionEntry::id).toList());
        return entries.stream().map(e -> {
            List<DecisionEntry> later = supersededBy.getOrDefault(e.id(), List.of());
            return new LoggedDecision(e, statuses.getOrDefault(e.id().value(), Map.of()),
                    later.stream().map(DecisionEntry::id).toList(), later.stream().map(DecisionEntry::seq).toList());
        }).filter((filter == null ? DecisionFilter.ALL : filter)::matches).toList();
    }

    public LoggedDecision get(DecisionId id, UserId actor) {
        DecisionEntry entry = store.find(id).orElseThrow(DecisionService::notFound);
        if (access.membership(entry.workspaceId(), actor).isEmpty()) {
            throw notFound();
        }
        return list(entry.workspaceId(), actor, DecisionFilter.ALL).stream()
                .filter(l -> l.entry().id().equals(id)).findFirst()
                .orElse(new LoggedDecision(entry, Map.of(), List.of(), List.of()));
    }

    public VerifyReport verify(WorkspaceId workspace, UserId actor) {
        access.requireMember(workspace, actor);
        return verifier.verify(workspace);
    }

    /**
     * Verifies the chain and that the log still holds {@code checkpoint} (noted earlier outside Jointly): a log
     * cut below it, or rewritten, is reported as not intact with {@code checkpointFound} false.
     */
    public VerifyReport verify(WorkspaceId workspace, UserId actor, Checkpoint checkpoint) {
        VerifyReport report = verify(workspace, actor);
        return checkpoint == null ? report : report.withCheckpoint(checkpoint, verifier.holds(workspace, checkpoint));
    }

    /**
     * The log's newest entry as a checkpoint, without verifying the chain (cheap enough to show beside every entry);
     * {@code 0:GENESIS} for an empty log.
     */
    public Checkpoint head(WorkspaceId workspace, UserId actor) {
        access.requireMember(workspace, actor);
        return store.last(workspace).map(e -> new Checkpoint(e.seq(), e.hash()))
                .orElse(new Checkpoint(0, DecisionEntry.GENESIS));
    }

    /** The log's head now, to keep outside Jointly and give to {@link #verify(WorkspaceId, UserId, Checkpoint)}. */
    public LogCheckpoint checkpoint(WorkspaceId workspace, UserId actor) {
        VerifyReport report = verify(workspace, actor);
        return new LogCheckpoint(workspace, report.head(), report.intact(), clock.instant(), actor);
    }

    /** Ticks a follow-up done (or not done again); the hashed entry is untouched. */
    public FollowUpStatus markDone(DecisionId id, String actionId, boolean done, UserId actor) {
        DecisionEntry entry = store.find(id).orElseThrow(DecisionService::notFound);
        access.requireEditor(entry.workspaceId(), actor);
        if (entry.followUps().stream().noneMatch(f -> f.id().equals(actionId))) {
            throw new NotFoundException("follow-up-not-found", "This decision has no such follow-up.");
        }
        return followUps.mark(id, actionId, done, actor, clock.instant());
    }

    /** The filtered log as CSV or Markdown text, with the whole log's head (see {@link #checkpoint}). */
    public String export(WorkspaceId workspace, UserId actor, DecisionFilter filter, ExportFormat format) {
        List<LoggedDecision> entries = list(workspace, actor, filter);
        Map<PartyId, String> partyNames = access.parties(workspace).stream()
                .collect(Collectors.toMap(Party::id, Party::name));
        VerifyReport head = verifier.verify(workspace);
        return format == ExportFormat.CSV ? DecisionExport.csv(entries, partyNames, head.head())
                : DecisionExport.markdown(entries, partyNames, head);
    }

    /** Written by this module's own listeners; idempotent on {@code origin}. */
    DecisionEntry appendAutomatic(WorkspaceId workspace, String origin, String source, String decision,
                                  String rationale, List<PartyId> parties, java.time.Instant decidedAt,
                                  DecisionLinks links, List<String> tags) {
        DecisionId id = DecisionId.newId();
        LocalDate decidedOn = decidedAt.atZone(ZoneOffset.UTC).toLocalDate();
        return append(workspace, origin, (seq, previous, at) -> new DecisionEntry(id, workspace, seq,
                decision, rationale, parties, List.of(), decidedOn, links, tags, List.of(), null, source, null, at,
                previous, null));
    }

    private DecisionEntry append(WorkspaceId workspace, String origin, DecisionStore.EntryBuilder builder) {
        DecisionStore.Appended appended = store.append(workspace, origin, builder);
        if (appended.written()) {
            events.publishEvent(new DecisionRecorded(appended.entry().id(), workspace, appended.entry().seq()));
        }
        return appended.entry();
    }

    private static NotFoundException notFound() {
        return new NotFoundException("decision-not-found", "No such decision.");
    }

    /** Export formats. */
    public enum ExportFormat {
        CSV, MARKDOWN;

        public static ExportFormat fromWire(String value) {
            return switch (value == null ? "" : value.trim().toLowerCase(java.util.Locale.ROOT)) {
                case "csv" -> CSV;
                case "md", "markdown" -> MARKDOWN;
                default -> throw new InvalidInputException("invalid-format", "Export format must be csv or md.");
            };
        }
    }
}
