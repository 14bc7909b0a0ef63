package app.jointly.document.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.mongodb.repository.MongoRepository;
import org.springframework.data.mongodb.repository.Query;

/** Documents by id, by workspace and by the id of a section they hold. */
public interface DocumentRepository extends MongoRepository<DocumentEntity, String> {

    /** Lists without section bodies: a workspace may hold long contracts. */
    @Query(value = "{ 'workspaceId': ?0 }",
            fields = "{ 'workspaceId': 1, 'title': 1, 'kind': 1, 'version': 1, 'createdAt': 1, 'updatedAt': 1 }",
            sort = "{ 'createdAt': 1 }")
    List<DocumentEntity> findSummariesByWorkspaceId(String workspaceId);

    long countByWorkspaceId(String workspaceId);

    @Query("{ 'sections.sectionId': ?0 }")
    Optional<DocumentEntity> findBySectionId(String sectionId);

    /**
     * The document holding a section, with its sections' ids, headings and agreements but without any text: the
     * co-editing engine re-reads a joined text's lock every few seconds on every node, and the whole document (a
     * long contract) made that read a tenth of a node's CPU under load.
     */
    @Query(value = "{ 'sections.sectionId': ?0 }",
            fields = "{ 'workspaceId': 1, 'sections.sectionId': 1, 'sections.heading': 1, 'sections.agreement': 1 }")
    Optional<DocumentEntity> findOutlineBySectionId(String sectionId);
}
