package app.jointly.proposal.internal;

import app.jointly.document.DocumentDirectory;
import app.jointly.document.DocumentKind;
import app.jointly.document.DocumentService;
import app.jointly.document.DocumentView;
import app.jointly.shared.DocumentId;
import app.jointly.shared.SectionId;
import app.jointly.shared.UserId;
import app.jointly.shared.WorkspaceId;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The only class of this module that knows the document module's API. */
@Component
class DocumentSectionTexts implements SectionTexts {

    private final DocumentDirectory directory;
    private final DocumentService documents;

    DocumentSectionTexts(DocumentDirectory directory, DocumentService documents) {
        this.directory = directory;
        this.documents = documents;
    }

    @Override
    public Optional<SectionRef> locate(SectionId section) {
        return directory.locateSection(section)
                .map(l -> new SectionRef(l.workspaceId(), l.documentId(), l.sectionId(), l.heading()));
    }

    @Override
    public Outline outline(DocumentId document, UserId viewer) {
        DocumentView view = documents.get(document, viewer);
        return new Outline(view.workspaceId(), view.id(), view.title(), view.sections().stream()
                .map(s -> new SectionRef(view.workspaceId(), view.id(), s.id(), s.heading())).toList());
    }

    @Override
    public List<DocumentRef> documents(WorkspaceId workspace, UserId viewer) {
        return documents.list(workspace, viewer).stream()
                .map(d -> new DocumentRef(d.id(), d.title(), d.kind() == DocumentKind.CONTRACT))
                .sorted(Comparator.comparing((DocumentRef d) -> !d.contract()).thenComparing(DocumentRef::title))
                .toList();
    }

    @Override
    public String agreedText(SectionId section) {
        return directory.sectionText(section);
    }

    @Override
    public String agreedTextAt(SectionId section, Instant at) {
        return directory.sectionTextAt(section, at);
    }

    @Override
    public void nameVersion(SectionId section, String label, Instant at, UserId by, String key) {
        directory.nameVersion(section, label, at, by, key);
    }

    @Override
    public void replaceAgreedText(SectionId section, String markdown, UserId by, String agreementKey) {
        directory.replaceAgreedText(section, markdown, by, agreementKey);
    }

    @Override
    public void releaseAgreedText(SectionId section, String agreementKey, UserId by) {
        directory.releaseAgreedText(section, agreementKey, by);
    }
}
