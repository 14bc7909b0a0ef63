package app.jointly.identity;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;

/**
 * The user behind the current request, view or socket message, read from Spring Security's context (which Vaadin
 * and the socket endpoint both fill).
 */
@Component
public class CurrentUser {

    private final SecurityContextHolderStrategy contexts;

    /**
     * Reads through this application context's strategy bean rather than the static holder, so that two nodes in
     * one JVM (as in the cluster tests) never see each other's callers.
     */
    public CurrentUser(SecurityContextHolderStrategy contexts) {
        this.contexts = contexts;
    }

    public Optional<AuthenticatedUser> get() {
        return from(contexts.getContext().getAuthentication());
    }

    /** @throws UnauthenticatedException when nobody is signed in */
    public AuthenticatedUser require() {
        return get().orElseThrow(UnauthenticatedException::new);
    }

    public static Optional<AuthenticatedUser> from(Authentication authentication) {
        if (authentication != null && authentication.isAuthenticated()
                && authentication.getPrincipal() instanceof JointlyPrincipal principal) {
            return Optional.of(principal.user());
        }
        return Optional.empty();
    }
}
