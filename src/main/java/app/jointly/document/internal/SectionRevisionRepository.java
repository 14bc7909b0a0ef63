package app.jointly.document.internal;

import org.springframework.data.mongodb.repository.MongoRepository;

/** The texts sections had, referred to by versions. */
interface SectionRevisionRepository extends MongoRepository<SectionRevisionEntity, String> {
}
