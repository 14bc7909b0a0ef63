package app.jointly.proposal;

import app.jointly.shared.WorkspaceId;

/** One party's lead initialled a presented proposal's text. */
public record ProposalSignedOff(WorkspaceId workspaceId, ProposalId proposalId, SignOff signOff)
        implements ProposalEvent {
}
