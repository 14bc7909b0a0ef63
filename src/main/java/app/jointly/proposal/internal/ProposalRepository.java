package app.jointly.proposal.internal;

import java.util.List;
import org.springframework.data.mongodb.repository.MongoRepository;

interface ProposalRepository extends MongoRepository<ProposalDocument, String> {

    /** One query for a whole document's table (index workspace_document). */
    List<ProposalDocument> findByWorkspaceIdAndDocumentId(String workspaceId, String documentId);

    List<ProposalDocument> findByWorkspaceIdAndStatusIn(String workspaceId, List<String> statuses);

    List<ProposalDocument> findByWorkspaceIdAndPartyAndStatus(String workspaceId, String party, String status);
}
