package app.jointly.proposal.internal;

import app.jointly.proposal.Proposal;
import app.jointly.proposal.ProposalId;
import app.jointly.proposal.ProposalStatus;
import app.jointly.shared.DocumentId;
import app.jointly.shared.PartyId;
import app.jointly.shared.WorkspaceId;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Loads and stores proposals. Updates are guarded by the stored version: a write based on a stale read fails
 * with Spring's {@code OptimisticLockingFailureException}, which the service retries or reports as a conflict.
 */
@Component
public class ProposalStore {

    private final ProposalRepository repository;

    ProposalStore(ProposalRepository repository) {
        this.repository = repository;
    }

    public Optional<Proposal> find(ProposalId id) {
        return repository.findById(id.value()).map(ProposalMapper::toDomain);
    }

    public Proposal insert(Proposal proposal) {
        return ProposalMapper.toDomain(repository.save(ProposalMapper.toDocument(proposal, null)));
    }

    /** @throws org.springframework.dao.OptimisticLockingFailureException when someone else wrote first */
    public Proposal update(Proposal proposal) {
        return ProposalMapper.toDomain(repository.save(ProposalMapper.toDocument(proposal, proposal.version())));
    }

    /** Every proposal (drafts of every party included) of one document, in one query. */
    public List<Proposal> forDocument(WorkspaceId workspace, DocumentId document) {
        return repository.findByWorkspaceIdAndDocumentId(workspace.value(), document.value()).stream()
                .map(ProposalMapper::toDomain).toList();
    }

    public List<Proposal> withStatus(WorkspaceId workspace, List<ProposalStatus> statuses) {
        return repository.findByWorkspaceIdAndStatusIn(workspace.value(),
                statuses.stream().map(Enum::name).toList()).stream().map(ProposalMapper::toDomain).toList();
    }

    public List<Proposal> drafts(WorkspaceId workspace, PartyId party) {
        return repository.findByWorkspaceIdAndPartyAndStatus(workspace.value(), party.value(),
                ProposalStatus.DRAFT.name()).stream().map(ProposalMapper::toDomain).toList();
    }
}
