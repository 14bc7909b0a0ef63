package app.jointly.document.internal;

import app.jointly.document.DocumentKind;
import app.jointly.document.DocumentFiles;
import app.jointly.document.DocumentView;
import app.jointly.document.internal.DocumentJson.Document;
import app.jointly.identity.CurrentUser;
import app.jointly.shared.DocumentId;
import app.jointly.shared.InvalidInputException;
import app.jointly.shared.TooLargeException;
import app.jointly.shared.UserId;
import app.jointly.shared.WorkspaceId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Documents out of the app (Word, PDF, Markdown, HTML) and Word files into it. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Documents", description = "Documents of a workspace and their sections (articles)")
class DocumentTransferController {

    private final DocumentFiles files;
    private final CurrentUser currentUser;

    DocumentTransferController(DocumentFiles files, CurrentUser currentUser) {
        this.files = files;
        this.currentUser = currentUser;
    }

    @GetMapping("/documents/{documentId}/export")
    @Operation(summary = "Download the document as docx, pdf, md or html")
    ResponseEntity<byte[]> export(@PathVariable String documentId, @RequestParam(required = false) String format,
                                  @RequestParam(required = false) String version,
                                  @RequestParam(required = false) String compare) {
        DocumentFiles.Download file = files.export(new DocumentId(documentId), format, version, compare, caller());
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, file.contentDisposition())
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'")
                .body(file.bytes());
    }

    @PostMapping(value = "/workspaces/{workspaceId}/documents/import",
            consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Create a document from a Word (.docx) file: its top-level headings become sections")
    ResponseEntity<Document> importWord(@PathVariable String workspaceId,
                                        @RequestPart(name = "file", required = false) MultipartFile file,
                                        @RequestParam(required = false) String title,
                                        @RequestParam(required = false) String kind) {
        if (file == null || file.isEmpty()) {
            throw new InvalidInputException("file-required", "Send the Word file as the multipart part \"file\".");
        }
        DocumentKind documentKind = DocumentKind.fromWire(kind);
        if (file.getSize() > DocumentFiles.MAX_IMPORT_BYTES) {
            throw new TooLargeException("too-large", "A Word file may be at most 20 MiB.");
        }
        byte[] bytes;
        try {
            bytes = file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the uploaded file", e);
        }
        DocumentView created = files.importWord(new WorkspaceId(workspaceId), title, documentKind, bytes,
                file.getOriginalFilename(), caller());
        return ResponseEntity.created(URI.create("/api/v1/documents/" + created.id().value()))
                .body(Document.of(created));
    }

    private UserId caller() {
        return currentUser.require().id();
    }
}
