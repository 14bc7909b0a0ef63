package app.jointly.decision;

import app.jointly.shared.ClusterEvent;
import app.jointly.shared.WorkspaceId;

/** An entry was appended to a workspace's decision log (relayed to every node, for open views). */
public record DecisionRecorded(DecisionId decisionId, WorkspaceId workspaceId, long seq) implements ClusterEvent {
}
