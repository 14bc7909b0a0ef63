package app.jointly.decision;

import app.jointly.shared.PartyId;
import app.jointly.shared.UserId;
import app.jointly.shared.WorkspaceId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One entry of a workspace's decision log, exactly as hashed. Never changed or deleted.
 *
 * @param seq 1, 2, 3... per workspace, without gaps
 * @param source "manual", "vote" or "ta" (tentative agreement)
 * @param recordedBy null for entries written automatically
 * @param previousHash the hash of entry {@code seq - 1} (64 zeros for the first)
 * @param hash SHA-256 over this entry's canonical form, which includes {@code previousHash}
 */
public record DecisionEntry(DecisionId id, WorkspaceId workspaceId, long seq, String decision, String rationale,
                            List<PartyId> concurringParties, List<String> concurringPeople, LocalDate decidedOn,
                            DecisionLinks links, List<String> tags, List<FollowUp> followUps, DecisionId supersedes,
                            String source, UserId recordedBy, Instant recordedAt, String previousHash, String hash) {

    public static final String GENESIS = "0".repeat(64);
}
