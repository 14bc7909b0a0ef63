package app.jointly.document.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.repository.MongoRepository;

/** The history of section texts. */
public interface SectionVersionRepository extends MongoRepository<SectionVersionEntity, String> {

    List<SectionVersionEntity> findBySectionIdOrderByReplacedAtDesc(String sectionId);

    Optional<SectionVersionEntity> findFirstBySectionIdAndReplacedAtAfterOrderByReplacedAtAsc(String sectionId,
                                                                                          Instant after);

    List<SectionVersionEntity> findByDocumentIdAndSectionIdOrderByReplacedAtDesc(String documentId, String sectionId,
                                                                                Pageable page);
}
