package app.jointly.proposal;

import app.jointly.shared.WorkspaceId;

/** Another party's lead consented to reopening a tentative agreement. */
public record ReopenConsented(WorkspaceId workspaceId, ProposalId proposalId, SignOff consent)
        implements ProposalEvent {
}
