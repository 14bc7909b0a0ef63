package app.jointly.document.internal;

import app.jointly.document.DocumentKind;
import app.jointly.document.DocumentLimits;
import app.jointly.document.DocumentService;
import app.jointly.document.DocumentView;
import app.jointly.document.NewSection;
import app.jointly.document.internal.DocumentJson.AddSection;
import app.jointly.document.internal.DocumentJson.CreateDocument;
import app.jointly.document.internal.DocumentJson.Document;
import app.jointly.document.internal.DocumentJson.EditSection;
import app.jointly.document.internal.DocumentJson.Rename;
import app.jointly.document.internal.DocumentJson.Reorder;
import app.jointly.document.internal.DocumentJson.Summary;
import app.jointly.identity.CurrentUser;
import app.jointly.shared.DocumentId;
import app.jointly.shared.InvalidInputException;
import app.jointly.shared.SectionId;
import app.jointly.shared.TooLargeException;
import app.jointly.shared.UserId;
import app.jointly.shared.WorkspaceId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.OptionalLong;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The document API; every call acts as the authenticated caller and the service checks their membership. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Documents", description = "Documents of a workspace and their sections (articles)")
class DocumentController {

    private final DocumentService documents;
    private final CurrentUser currentUser;
    private final DocumentHtml html;

    DocumentController(DocumentService documents, CurrentUser currentUser, DocumentHtml html) {
        this.documents = documents;
        this.currentUser = currentUser;
        this.html = html;
    }

    @PostMapping("/workspaces/{workspaceId}/documents")
    @Operation(summary = "Create a document with its sections")
    ResponseEntity<Document> create(@PathVariable String workspaceId, @RequestBody CreateDocument body) {
        List<DocumentJson.SectionInput> sections = body.sections() == null ? List.of() : body.sections();
        if (sections.size() > DocumentLimits.MAX_SECTIONS) {
            throw new TooLargeException("too-many-sections",
                    "A document may hold at most " + DocumentLimits.MAX_SECTIONS + " sections.");
        }
        DocumentView created = documents.create(new WorkspaceId(workspaceId), body.title(),
                DocumentKind.fromWire(body.kind()),
                sections.stream().map(s -> s == null ? null : new NewSection(s.heading(), s.markdown())).toList(),
                caller());
        return ResponseEntity.created(URI.create("/api/v1/documents/" + created.id().value()))
                .body(Document.of(created));
    }

    @GetMapping("/workspaces/{workspaceId}/documents")
    @Operation(summary = "List the documents of a workspace")
    List<Summary> list(@PathVariable String workspaceId) {
        return documents.list(new WorkspaceId(workspaceId), caller()).stream().map(Summary::of).toList();
    }

    @GetMapping("/documents/{documentId}")
    @Operation(summary = "Read a document with its sections")
    Document get(@PathVariable String documentId) {
        return Document.of(documents.get(new DocumentId(documentId), caller()));
    }

    @GetMapping(value = "/documents/{documentId}/html", produces = MediaType.TEXT_HTML_VALUE)
    @Operation(summary = "The document rendered as sanitised HTML")
    ResponseEntity<String> html(@PathVariable String documentId) {
        DocumentView view = documents.get(new DocumentId(documentId), caller());
        String article = html.render(view);
        String page = "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>"
                + MarkdownRenderer.escape(view.title()) + "</title></head>\n<body>\n" + article + "</body></html>\n";
        return ResponseEntity.ok()
                .contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
                .header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'")
                .body(page);
    }

    @PatchMapping("/documents/{documentId}")
    @Operation(summary = "Rename a document (refused if the version is stale)")
    Document rename(@PathVariable String documentId, @RequestBody Rename body) {
        return Document.of(documents.rename(new DocumentId(documentId), body.title(),
                required(body.version()), caller()));
    }

    @PutMapping("/documents/{documentId}/sections/order")
    @Operation(summary = "Reorder the sections (refused if the version is stale)")
    Document reorder(@PathVariable String documentId, @RequestBody Reorder body) {
        List<String> ids = body.sectionIds();
        if (ids == null || ids.size() > DocumentLimits.MAX_SECTIONS) {
            throw new InvalidInputException("invalid-order", "Give sectionIds: every section id once, in order.");
        }
        return Document.of(documents.reorderSections(new DocumentId(documentId),
                ids.stream().map(SectionId::new).toList(), required(body.version()), caller()));
    }

    @PostMapping("/documents/{documentId}/sections")
    @Operation(summary = "Add a section (at the end unless a position is given)")
    ResponseEntity<Document> addSection(@PathVariable String documentId, @RequestBody AddSection body) {
        DocumentView view = documents.addSection(new DocumentId(documentId),
                new NewSection(body.heading(), body.markdown()), optional(body.position()),
                optional(body.version()), caller());
        return ResponseEntity.status(201).body(Document.of(view));
    }

    @PutMapping("/documents/{documentId}/sections/{sectionId}")
    @Operation(summary = "Change a section's heading and/or Markdown text",
            description = "A contract article whose text is a tentative agreement (\"locked\": true) refuses a new "
                    + "text with 409 agreed-text-locked: a change needs a new proposal.")
    Document editSection(@PathVariable String documentId, @PathVariable String sectionId,
                         @RequestBody EditSection body) {
        return Document.of(documents.editSection(new DocumentId(documentId), new SectionId(sectionId),
                body.heading(), body.markdown(), optional(body.version()), caller()));
    }

    @DeleteMapping("/documents/{documentId}/sections/{sectionId}")
    @Operation(summary = "Remove a section (its text stays in the history)",
            description = "A locked article (a tentative agreement) cannot be removed: 409 agreed-text-locked.")
    Document removeSection(@PathVariable String documentId, @PathVariable String sectionId,
                           @RequestParam(required = false) Long version) {
        return Document.of(documents.removeSection(new DocumentId(documentId), new SectionId(sectionId),
                required(version), caller()));
    }

    @GetMapping("/documents/{documentId}/sections/{sectionId}/history")
    @Operation(summary = "Earlier texts of a section, newest first, with who replaced them and when")
    List<DocumentJson.Version> history(@PathVariable String documentId, @PathVariable String sectionId,
                                       @RequestParam(defaultValue = "50") int limit) {
        return documents.sectionHistory(new DocumentId(documentId), new SectionId(sectionId), limit, caller())
                .stream().map(DocumentJson.Version::of).toList();
    }

    private UserId caller() {
        return currentUser.require().id();
    }

    private static long required(Long version) {
        if (version == null) {
            throw new InvalidInputException("version-required",
                    "Give the document version you saw (\"version\"), so a stale change cannot overwrite.");
        }
        return version;
    }

    private static OptionalLong optional(Long value) {
        return value == null ? OptionalLong.empty() : OptionalLong.of(value);
    }
}
