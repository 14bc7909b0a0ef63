package app.jointly.identity;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The user behind the current request, view or socket message, read from Spring Security's context (which Vaadin
 * and the socket endpoint both fill).
 */
@Component
public class CurrentUser {

    public Optional<AuthenticatedUser> get() {
        return from(SecurityContextHolder.getContext().getAuthentication());
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
