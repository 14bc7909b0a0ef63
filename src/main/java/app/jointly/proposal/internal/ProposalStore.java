package app.jointly.proposal.internal;

import app.jointly.effects.EffectOutbox;
import app.jointly.proposal.Proposal;
import app.jointly.proposal.ProposalId;
import app.jointly.proposal.ProposalStatus;
import app.jointly.shared.DocumentId;
import app.jointly.shared.PartyId;
import app.jointly.shared.WorkspaceId;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Loads and stores proposals. Updates are guarded by the stored version: a write based on a stale read fails
 * with Spring's {@code OptimisticLockingFailureException}, which the service retries or reports as a conflict.
 * An update sets the proposal's fields and pushes the effects it causes onto the document's outbox in one write;
 * it never replaces the whole document, so pending effects written or removed meanwhile are kept as they are.
 */
@Component
public class ProposalStore {

    /** The collection, also the name under which its pending effects are delivered. */
    public static final String COLLECTION = "proposals";

    private final ProposalRepository repository;
    private final MongoTemplate mongo;
    private final EffectOutbox outbox;

    ProposalStore(ProposalRepository repository, MongoTemplate mongo, EffectOutbox outbox) {
        this.repository = repository;
        this.mongo = mongo;
        this.outbox = outbox;
        outbox.watch(COLLECTION);
    }

    public Optional<Proposal> find(ProposalId id) {
        return repository.findById(id.value()).map(ProposalMapper::toDomain);
    }

    public Proposal insert(Proposal proposal) {
        return ProposalMapper.toDomain(repository.save(ProposalMapper.toDocument(proposal, null)));
    }

    /**
     * Writes the proposal and records {@code effects} (events for other modules) in the same single-document
     * write, under the version it was read with.
     *
     * @throws OptimisticLockingFailureException when someone else wrote first
     */
    public Proposal update(Proposal proposal, List<?> effects) {
        Document fields = new Document();
        mongo.getConverter().write(ProposalMapper.toDocument(proposal, proposal.version()), fields);
        Update update = new Update();
        mongo.getConverter().getMappingContext().getRequiredPersistentEntity(ProposalDocument.class)
                .forEach(property -> {
                    String name = property.getFieldName();
                    if (property.isIdProperty() || property.isVersionProperty()) {
                        return;
                    }
                    if (fields.containsKey(name)) {
                        update.set(name, fields.get(name));
                    } else {
                        update.unset(name);
                    }
                });
        update.inc("version", 1);
        outbox.record(update, effects.toArray());
        Query current = Query.query(Criteria.where("_id").is(proposal.id().value()).and("version")
                .is(proposal.version()));
        if (mongo.updateFirst(current, update, COLLECTION).getModifiedCount() != 1) {
            throw new OptimisticLockingFailureException("Proposal " + proposal.id() + " changed since version "
                    + proposal.version());
        }
        return proposal.withVersion(proposal.version() + 1);
    }

    /** Carries out the proposal's pending effects now (see {@link EffectOutbox#deliver}). */
    public void deliverEffects(ProposalId id) {
        outbox.deliver(COLLECTION, id.value());
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
