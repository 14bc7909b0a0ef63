package app.jointly.document.internal;

import app.jointly.document.DocumentFiles;
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

    DefaultDocumentFiles(DocumentService documents, DocumentExporter exporter, WordImporter importer) {
        this.documents = documents;
        this.exporter = exporter;
        this.importer = importer;
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
