package app.jointly.document.internal;

import app.jointly.document.DocumentFiles;
import app.jointly.document.DocumentVersions;
import app.jointly.document.VersionSummary;
import java.time.Clock;
import app.jointly.document.DocumentKind;
import app.jointly.document.DocumentService;
import app.jointly.document.DocumentView;
import app.jointly.shared.DocumentId;
import app.jointly.shared.UserId;
import app.jointly.shared.WorkspaceId;
import org.springframework.stereotype.Service;

/** {@link DocumentFiles} over the document service's access checks, the exporter and the Word importer. */
@Service
class DefaultDocumentFiles implements DocumentFiles {

    private final DocumentService documents;
    private final DocumentExporter exporter;
    private final WordImporter importer;
    private final DocumentVersions versions;
    private final Clock clock;

    DefaultDocumentFiles(DocumentService documents, DocumentExporter exporter, WordImporter importer,
                         DocumentVersions versions, Clock clock) {
        this.documents = documents;
        this.exporter = exporter;
        this.importer = importer;
        this.versions = versions;
        this.clock = clock;
    }

    @Override
    public Download export(DocumentId document, String format, String version, String compare, UserId by) {
        ExportFormat chosen = ExportFormat.fromWire(format);
        ExportedFile file;
        if (compare != null) {
            String to = version == null ? DocumentVersions.CURRENT : version;
            file = exporter.exportComparison(versions.compare(document, compare, to, by), chosen, clock.instant());
        } else if (version != null) {
            VersionSummary summary = versions.find(document, version, by);
            String name = summary.named() ? summary.name() : DefaultDocumentVersions.label(summary.createdAt());
            file = exporter.export(versions.at(document, version, by), chosen, name);
        } else {
            file = exporter.export(documents.get(document, by), chosen);
        }
        return new Download(file.bytes(), file.mediaType(), file.fileName(), file.contentDisposition());
    }

    @Override
    public Download export(DocumentId document, String format, UserId by) {
        DocumentView view = documents.get(document, by);
        ExportedFile file = exporter.export(view, ExportFormat.fromWire(format));
        return new Download(file.bytes(), file.mediaType(), file.fileName(), file.contentDisposition());
    }

    @Override
    public DocumentView importWord(WorkspaceId workspace, String title, DocumentKind kind, byte[] file,
                                   String fileName, UserId by) {
        return importer.importWord(workspace, title, kind, file, fileName, by);
    }
}
