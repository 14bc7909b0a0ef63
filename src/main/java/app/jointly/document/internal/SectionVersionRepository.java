package app.jointly.document.internal;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.repository.MongoRepository;

/** The history of section texts. */
public interface SectionVersionRepository extends MongoRepository<SectionVersionEntity, String> {

    List<SectionVersionEntity> findBySectionIdOrderByReplacedAtDesc(String sectionId);

    List<SectionVersionEntity> findByDocumentIdAndSectionIdOrderByReplacedAtDesc(String documentId, String sectionId,
                                                                                Pageable page);
}
