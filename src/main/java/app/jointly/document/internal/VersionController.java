package app.jointly.document.internal;

import app.jointly.document.DocumentComparison;
import app.jointly.document.DocumentVersions;
import app.jointly.document.RedlineSegment;
import app.jointly.document.VersionSummary;
import app.jointly.document.internal.DocumentJson.Document;
import app.jointly.identity.CurrentUser;
import app.jointly.shared.DocumentId;
import app.jointly.shared.InvalidInputException;
import app.jointly.shared.UserId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A document's version history: list, name, read, compare and restore versions. */
@RestController
@RequestMapping("/api/v1/documents/{documentId}")
@Tag(name = "Documents", description = "Documents of a workspace and their sections (articles)")
class VersionController {

    private final DocumentVersions versions;
    private final CurrentUser currentUser;

    VersionController(DocumentVersions versions, CurrentUser currentUser) {
        this.versions = versions;
        this.currentUser = currentUser;
    }

    @GetMapping("/versions")
    @Operation(summary = "Automatic and named versions, newest first (name null for automatic ones)")
    List<Version> list(@PathVariable String documentId) {
        return versions.list(new DocumentId(documentId), caller()).stream().map(Version::of).toList();
    }

    @PostMapping("/versions")
    @Operation(summary = "Name (freeze) the document's current state")
    ResponseEntity<Version> name(@PathVariable String documentId, @RequestBody NameVersion body) {
        VersionSummary named = versions.name(new DocumentId(documentId), body.name(), caller());
        return ResponseEntity.created(URI.create("/api/v1/documents/" + documentId + "/versions/" + named.id()))
                .body(Version.of(named));
    }

    @GetMapping("/versions/{versionId}")
    @Operation(summary = "The document as it was in a version")
    Document get(@PathVariable String documentId, @PathVariable String versionId) {
        return Document.of(versions.at(new DocumentId(documentId), versionId, caller()));
    }

    @GetMapping("/compare")
    @Operation(summary = "Word-level redline from version `from` to version `to` or `current`")
    Comparison compare(@PathVariable String documentId, @RequestParam(required = false) String from,
                       @RequestParam(required = false) String to) {
        if (from == null || from.isBlank()) {
            throw new InvalidInputException("from-required", "Name the version to compare from: ?from=<versionId>.");
        }
        return Comparison.of(versions.compare(new DocumentId(documentId), from,
                to == null ? DocumentVersions.CURRENT : to, caller()));
    }

    @PostMapping("/versions/{versionId}/restore")
    @Operation(summary = "Make a version's text the document's again, as a new change")
    Document restore(@PathVariable String documentId, @PathVariable String versionId) {
        return Document.of(versions.restore(new DocumentId(documentId), versionId, caller()));
    }

    private UserId caller() {
        return currentUser.require().id();
    }

    record NameVersion(String name) {
    }

    record Author(String id, String name) {
    }

    record Version(String id, String name, Instant createdAt, List<Author> authors, String restoredFrom) {
        static Version of(VersionSummary v) {
            return new Version(v.id(), v.name(), v.createdAt(),
                    v.authors().stream().map(a -> new Author(a.id(), a.name())).toList(), v.restoredFrom());
        }
    }

    record Change(String op, String text) {
        static Change of(RedlineSegment segment) {
            return new Change(segment.kind().wireName(), segment.text());
        }
    }

    record SectionComparison(String sectionId, String heading, List<Change> changes, String html) {
    }

    record Comparison(List<SectionComparison> sections) {
        static Comparison of(DocumentComparison comparison) {
            return new Comparison(comparison.sections().stream()
                    .map(s -> new SectionComparison(s.sectionId().value(), s.heading(),
                            s.redline().segments().stream().map(Change::of).toList(), s.html(true)))
                    .toList());
        }
    }
}
