package app.jointly.proposal.internal;

import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A proposal as stored. The caucus-only part (authorship, draft revisions) sits in its own sub-document so the
 * boundary between public and caucus data is visible in the database too.
 */
@Document("proposals")
@CompoundIndex(name = "workspace_document", def = "{'workspaceId': 1, 'documentId': 1}")
@CompoundIndex(name = "workspace_status", def = "{'workspaceId': 1, 'status': 1}")
record ProposalDocument(@Id String id, @Version Long version, String workspaceId, String documentId,
        String sectionId, String party, String text, String rationale, String status, String counters,
        String baseText, List<StateChangeDoc> history, List<SignOffDoc> signOffs, List<SignOffDoc> reopenConsents,
        Instant presentedAt, Instant createdAt, Instant updatedAt, CaucusDoc caucus) {

    record StateChangeDoc(String from, String to, String by, String byName, Instant at) {
    }

    record SignOffDoc(String party, String lead, String name, Instant at) {
    }

    record CaucusDoc(String author, String authorName, List<RevisionDoc> revisions) {
    }

    record RevisionDoc(String by, String byName, Instant at, int textLength) {
    }
}
