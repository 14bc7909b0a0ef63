package app.jointly.proposal;

import app.jointly.shared.WorkspaceId;

/** A party's lead asked to reopen a tentative agreement (their own consent is included). */
public record ReopenRequested(WorkspaceId workspaceId, ProposalId proposalId, SignOff request)
        implements ProposalEvent {
}
