package app.jointly.identity.internal;

import app.jointly.identity.ApiTokenService;
import app.jointly.identity.ApiTokenView;
import app.jointly.identity.CurrentUser;
import app.jointly.identity.IssuedToken;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/tokens")
@Tag(name = "API tokens")
class TokenController {

    private final ApiTokenService tokens;
    private final CurrentUser currentUser;

    TokenController(ApiTokenService tokens, CurrentUser currentUser) {
        this.tokens = tokens;
        this.currentUser = currentUser;
    }

    record TokenRequest(String name) {
    }

    record TokenResponse(String token, String id, String name, Instant createdAt) {
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Issue a bearer token (authenticate with HTTP Basic)")
    TokenResponse issue(@RequestBody(required = false) TokenRequest request) {
        IssuedToken issued = tokens.issue(currentUser.require().id(), request == null ? null : request.name());
        return new TokenResponse(issued.secret(), issued.token().id(), issued.token().name(),
                issued.token().createdAt());
    }

    @GetMapping
    @Operation(summary = "List your tokens (secrets are never shown again)")
    List<ApiTokenView> list() {
        return tokens.list(currentUser.require().id());
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Revoke one of your tokens")
    void revoke(@PathVariable String id) {
        tokens.revoke(currentUser.require().id(), id);
    }
}
