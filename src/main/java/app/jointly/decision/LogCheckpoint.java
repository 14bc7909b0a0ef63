package app.jointly.decision;

import app.jointly.shared.UserId;
import app.jointly.shared.WorkspaceId;
import java.time.Instant;

/**
 * A checkpoint to keep outside Jointly (e.g. after each bargaining session): the log's head when it was taken,
 * whether the log verified then, when and by whom it was taken.
 */
public record LogCheckpoint(WorkspaceId workspaceId, Checkpoint head, boolean intact, Instant takenAt,
                            UserId takenBy) {
}
