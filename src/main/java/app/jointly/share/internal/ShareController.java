package app.jointly.share.internal;

import app.jointly.identity.CurrentUser;
import app.jointly.share.IssuedShareLink;
import app.jointly.share.NewShareLink;
import app.jointly.share.ShareLinks;
import app.jointly.share.VisitorComment;
import app.jointly.share.VisitorFeedback;
import app.jointly.share.internal.ShareJson.CreateShare;
import app.jointly.share.internal.ShareJson.Issued;
import app.jointly.share.internal.ShareJson.Link;
import app.jointly.share.internal.ShareJson.Moderation;
import app.jointly.share.internal.ShareJson.TeamComment;
import app.jointly.shared.DocumentId;
import app.jointly.shared.InvalidInputException;
import app.jointly.shared.UserId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The team's side: making, listing and revoking links, and moderating visitor feedback. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Share links", description = "Read-only presentation links and visitor feedback")
class ShareController {

    private final ShareLinks links;
    private final VisitorFeedback feedback;
    private final CurrentUser currentUser;
    private final Clock clock;

    ShareController(ShareLinks links, VisitorFeedback feedback, CurrentUser currentUser, Clock clock) {
        this.links = links;
        this.feedback = feedback;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @PostMapping("/documents/{documentId}/shares")
    @Operation(summary = "Make a read-only link (the token is shown only in this answer)")
    ResponseEntity<Issued> create(@PathVariable String documentId, @RequestBody CreateShare body) {
        IssuedShareLink issued = links.create(new DocumentId(documentId), new NewShareLink(instant(body.expiresAt()),
                body.versionId(), Boolean.TRUE.equals(body.feedback())), caller());
        String base = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
        return ResponseEntity.created(URI.create("/api/v1/documents/" + documentId + "/shares"))
                .body(Issued.of(issued, base));
    }

    @GetMapping("/documents/{documentId}/shares")
    @Operation(summary = "List a document's links, newest first (without tokens)")
    List<Link> list(@PathVariable String documentId) {
        Instant now = clock.instant();
        return links.list(new DocumentId(documentId), caller()).stream().map(l -> Link.of(l, now)).toList();
    }

    @DeleteMapping("/shares/{shareId}")
    @Operation(summary = "Revoke a link")
    ResponseEntity<Void> revoke(@PathVariable String shareId) {
        links.revoke(shareId, caller());
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/documents/{documentId}/visitor-comments")
    @Operation(summary = "Visitor feedback on a document, newest first, hidden comments included")
    List<TeamComment> visitorComments(@PathVariable String documentId) {
        return feedback.list(new DocumentId(documentId), caller()).stream().map(TeamComment::of).toList();
    }

    @PatchMapping("/visitor-comments/{commentId}")
    @Operation(summary = "Hide or show a visitor comment, approve its links, or answer it")
    TeamComment moderate(@PathVariable String commentId, @RequestBody Moderation body) {
        if (body.hidden() == null && body.linksApproved() == null && body.answer() == null) {
            throw new InvalidInputException("nothing-to-change", "Give hidden, linksApproved or answer.");
        }
        if (Boolean.FALSE.equals(body.linksApproved())) {
            throw new InvalidInputException("bad-value", "Approved links stay approved; hide the comment instead.");
        }
        VisitorComment result = null;
        if (body.hidden() != null) {
            result = feedback.setHidden(commentId, body.hidden(), caller());
        }
        if (Boolean.TRUE.equals(body.linksApproved())) {
            result = feedback.approveLinks(commentId, caller());
        }
        if (body.answer() != null) {
            result = feedback.answer(commentId, body.answer(), caller());
        }
        return TeamComment.of(result);
    }

    private static Instant instant(String text) {
        if (text == null) {
            return null;
        }
        try {
            return text.length() > 40 ? invalid() : OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            return invalid();
        }
    }

    private static Instant invalid() {
        throw new InvalidInputException("invalid-time", "expiresAt must be an ISO-8601 time with an offset, "
                + "e.g. 2026-12-31T18:00:00Z.");
    }

    private UserId caller() {
        return currentUser.require().id();
    }
}
