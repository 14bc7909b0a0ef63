package app.jointly.document.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A document with its sections embedded, so that a structural edit is one atomic, version-checked write. The
 * {@code @Version} field makes a save made against an older read fail instead of overwriting.
 */
@Document("documents")
@CompoundIndex(name = "section_id", def = "{'sections.sectionId': 1}")
public class DocumentEntity {

    @Id
    private String id;
    @Indexed
    private String workspaceId;
    private String title;
    private String kind;
    private List<StoredSection> sections = new ArrayList<>();
    @Version
    private Long version;
    private Instant createdAt;
    private String createdBy;
    private Instant updatedAt;
    private String updatedBy;

    protected DocumentEntity() {
        // for Spring Data
    }

    DocumentEntity(String id, String workspaceId, String title, String kind, List<StoredSection> sections,
                   Instant createdAt, String createdBy) {
        this.id = id;
        this.workspaceId = workspaceId;
        this.title = title;
        this.kind = kind;
        this.sections = new ArrayList<>(sections);
        this.createdAt = createdAt;
        this.createdBy = createdBy;
        this.updatedAt = createdAt;
        this.updatedBy = createdBy;
    }

    public String getId() {
        return id;
    }

    public String getWorkspaceId() {
        return workspaceId;
    }

    public String getTitle() {
        return title;
    }

    void setTitle(String title) {
        this.title = title;
    }

    public String getKind() {
        return kind;
    }

    public List<StoredSection> getSections() {
        return List.copyOf(sections);
    }

    void setSections(List<StoredSection> sections) {
        this.sections = new ArrayList<>(sections);
    }

    /** The version of the stored state; 0 for a document never saved after creation. */
    public long currentVersion() {
        return version == null ? 0 : version;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    void touched(Instant at, String by) {
        this.updatedAt = at;
        this.updatedBy = by;
    }
}
