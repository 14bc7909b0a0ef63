package app.jointly.share.internal;

import app.jointly.share.NewVisitorComment;
import app.jointly.share.PublicShares;
import app.jointly.share.internal.ShareJson.LeftComment;
import app.jointly.share.internal.ShareJson.NewComment;
import app.jointly.share.internal.ShareJson.Shared;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** What a link's holder may do without an account (see {@link PublicShareSecurity}). */
@RestController
@RequestMapping("/api/v1/shared/{token}")
@Tag(name = "Shared documents", description = "Reading a shared document and leaving feedback, without an account")
class SharedController {

    private final PublicShares shares;

    SharedController(PublicShares shares) {
        this.shares = shares;
    }

    @GetMapping
    @Operation(summary = "Read the document behind a link (404 when the link is not valid)")
    ResponseEntity<Shared> read(@PathVariable String token) {
        // Not cached anywhere on the way: a revoked link must stop working at once.
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(Shared.of(shares.open(token)));
    }

    @PostMapping("/comments")
    @Operation(summary = "Leave feedback on a passage (403 when the link takes none, 429 when too many)")
    ResponseEntity<LeftComment> comment(@PathVariable String token, @RequestBody NewComment body,
                                        HttpServletRequest request) {
        return ResponseEntity.status(HttpStatus.CREATED).body(LeftComment.of(shares.comment(token,
                new NewVisitorComment(body.name(), body.organisation(), body.body(), body.sectionId(), body.from(),
                        body.to()), request.getRemoteAddr())));
    }
}
