package app.jointly.document.internal;

import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A version of a document: its title and sections in order, each referring to a {@link SectionRevisionEntity}.
 * An automatic version ({@code name} null) grows while the same people keep editing without a pause of more than
 * {@link VersionGrouping#PAUSE}; a named one is frozen. {@code createdAt} is the time of the version's last edit
 * (automatic) or of its naming. {@code stamp} counts the updates of an automatic version, so that two nodes
 * extending it at once cannot overwrite each other. {@code restoredFrom} is the version a restore brought back.
 */
@Document("document_versions")
@CompoundIndex(name = "document_created", def = "{'documentId': 1, 'createdAt': -1}")
record DocumentVersionEntity(
        @Id String id,
        String documentId,
        String workspaceId,
        String title,
        String name,
        Instant startedAt,
        Instant createdAt,
        List<String> authors,
        String createdBy,
        String restoredFrom,
        long stamp,
        List<VersionSection> sections) {

    static final String SECTIONS = "sections";

    boolean named() {
        return name != null;
    }
}
