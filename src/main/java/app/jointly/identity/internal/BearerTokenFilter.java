package app.jointly.identity.internal;

import app.jointly.identity.ApiTokenService;
import app.jointly.identity.AuthenticatedUser;
import app.jointly.identity.JointlyPrincipal;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates "Authorization: Bearer ..." (and, where allowed, an access_token query parameter, which browsers'
 * WebSocket API cannot avoid). A token that is presented but invalid is refused outright rather than treated as
 * anonymous.
 */
class BearerTokenFilter extends OncePerRequestFilter {

    private final ApiTokenService tokens;
    private final AuthenticationEntryPoint entryPoint;
    private final boolean acceptQueryParameter;
    private final SecurityContextHolderStrategy contexts;

    BearerTokenFilter(ApiTokenService tokens, AuthenticationEntryPoint entryPoint, boolean acceptQueryParameter,
            SecurityContextHolderStrategy contexts) {
        this.tokens = tokens;
        this.contexts = contexts;
        this.entryPoint = entryPoint;
        this.acceptQueryParameter = acceptQueryParameter;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<String> presented = presentedToken(request);
        if (presented.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        Optional<AuthenticatedUser> user = tokens.authenticate(presented.get());
        if (user.isEmpty()) {
            contexts.clearContext();
            entryPoint.commence(request, response, new BadCredentialsException("Invalid or revoked token."));
            return;
        }
        JointlyPrincipal principal = new JointlyPrincipal(user.get(), null);
        SecurityContext context = contexts.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                principal, null, principal.getAuthorities()));
        contexts.setContext(context);
        chain.doFilter(request, response);
    }

    private Optional<String> presentedToken(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Optional.of(header.substring(7).trim());
        }
        if (acceptQueryParameter) {
            return Optional.ofNullable(request.getParameter("access_token")).filter(t -> !t.isBlank());
        }
        return Optional.empty();
    }
}
