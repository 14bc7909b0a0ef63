package app.jointly.document.internal;

import app.jointly.document.DocumentKind;
import app.jointly.document.DocumentView;
import app.jointly.document.SectionView;
import app.jointly.shared.DocumentId;
import app.jointly.shared.Ids;
import app.jointly.shared.NotFoundException;
import app.jointly.shared.SectionId;
import app.jointly.shared.UserId;
import app.jointly.shared.WorkspaceId;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** Reads versions and the texts they refer to, and freezes named versions. No access checks: callers do them. */
@Component
class VersionStore {

    private final MongoTemplate mongo;
    private final VersionRecorder recorder;

    VersionStore(MongoTemplate mongo, VersionRecorder recorder) {
        this.mongo = mongo;
        this.recorder = recorder;
    }

    /** Newest first, without the section references (a listing of 1,000 versions reads only their heads). */
    List<DocumentVersionEntity> list(String documentId, int limit) {
        Query query = Query.query(Criteria.where("documentId").is(documentId))
                .with(Sort.by(Sort.Direction.DESC, "createdAt")).limit(limit);
        query.fields().exclude(DocumentVersionEntity.SECTIONS);
        return mongo.find(query, DocumentVersionEntity.class);
    }

    DocumentVersionEntity find(String documentId, String versionId) {
        if (versionId == null || !Ids.isValid(versionId)) {
            throw notFound();
        }
        DocumentVersionEntity version = mongo.findById(versionId, DocumentVersionEntity.class);
        if (version == null || !version.documentId().equals(documentId)) {
            throw notFound();
        }
        return version;
    }

    /** The document as the version holds it: title, sections in order with their texts then. */
    DocumentView view(DocumentEntity document, DocumentVersionEntity version) {
        List<String> ids = version.sections().stream().map(VersionSection::revisionId).distinct().toList();
        Map<String, String> texts = mongo.find(Query.query(Criteria.where("_id").in(ids)), SectionRevisionEntity.class)
                .stream().collect(Collectors.toMap(SectionRevisionEntity::id, SectionRevisionEntity::markdown));
        List<SectionView> sections = version.sections().stream()
                .map(s -> new SectionView(new SectionId(s.sectionId()), s.heading(),
                        texts.getOrDefault(s.revisionId(), "")))
                .toList();
        return new DocumentView(new DocumentId(document.getId()), new WorkspaceId(document.getWorkspaceId()),
                version.title(), DocumentKind.fromWire(document.getKind()), document.currentVersion(), sections);
    }

    /**
     * Freezes the document's current state (live text included) as a named version. With a {@code key} the naming
     * happens once: the version's id is derived from the document and the key, so a repeat finds the first one.
     */
    DocumentVersionEntity name(String documentId, String name, UserId by, String key, Instant at) {
        String id = key == null ? UUID.randomUUID().toString() : keyedId(documentId, key);
        if (key != null) {
            DocumentVersionEntity existing = mongo.findById(id, DocumentVersionEntity.class);
            if (existing != null) {
                return existing;
            }
        }
        DocumentVersionEntity state = recorder.capture(documentId);
        if (state == null) {
            throw new NotFoundException("document-not-found", "No such document.");
        }
        try {
            return mongo.insert(new DocumentVersionEntity(id, documentId, state.workspaceId(), state.title(), name,
                    at, at, List.of(by.value()), by.value(), null, 0, state.sections()));
        } catch (DuplicateKeyException e) {
            // the same effect delivered on two nodes at once: the other one named it
            return mongo.findById(id, DocumentVersionEntity.class);
        }
    }

    static String keyedId(String documentId, String key) {
        return "n-" + UUID.nameUUIDFromBytes((documentId + "\n" + key).getBytes(StandardCharsets.UTF_8));
    }

    static NotFoundException notFound() {
        return new NotFoundException("version-not-found", "This document has no such version.");
    }
}
