package app.jointly.decision;

import app.jointly.shared.WorkspaceId;

/** An entry was appended to a workspace's decision log. */
public record DecisionRecorded(DecisionId decisionId, WorkspaceId workspaceId, long seq) {
}
