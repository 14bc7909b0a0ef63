package app.jointly.document;

import app.jointly.shared.DocumentId;
import app.jointly.shared.SectionId;
import app.jointly.shared.WorkspaceId;
import java.util.List;
import java.util.Optional;

/**
 * A document as a reader sees it, sections in order. {@code version} grows with every change; structural edits
 * (rename, reorder, add or remove a section) must name the version they were made against.
 */
public record DocumentView(DocumentId id, WorkspaceId workspaceId, String title, DocumentKind kind, long version,
                           List<SectionView> sections) {

    public DocumentView {
        sections = List.copyOf(sections);
    }

    public Optional<SectionView> section(SectionId sectionId) {
        return sections.stream().filter(s -> s.id().equals(sectionId)).findFirst();
    }
}
