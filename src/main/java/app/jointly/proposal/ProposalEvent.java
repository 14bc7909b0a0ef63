package app.jointly.proposal;

import app.jointly.shared.WorkspaceId;

/**
 * Past-tense domain events of proposals. Events about drafts ({@link #caucusOnly()}) concern the authoring party
 * only and must never reach another party's listener or view.
 */
public sealed interface ProposalEvent permits ProposalDrafted, ProposalDraftEdited, ProposalPresented,
        ProposalCountered, ProposalRejected, ProposalWithdrawn, ProposalSignedOff, TentativeAgreementReached,
        ReopenRequested, ReopenConsented, TentativeAgreementReopened, RatificationSettled {

    WorkspaceId workspaceId();

    ProposalId proposalId();

    default boolean caucusOnly() {
        return false;
    }
}
