package app.jointly.identity.internal;

import app.jointly.identity.JointlyPrincipal;
import app.jointly.identity.SignInThrottledException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/** Password sign-in (form and HTTP Basic) with failed attempts throttled. */
@Component
class ThrottlingAuthenticationProvider implements AuthenticationProvider {

    private final DaoAuthenticationProvider passwords;
    private final SignInThrottle throttle;

    ThrottlingAuthenticationProvider(JointlyUserDetailsService userDetails, PasswordEncoder encoder,
            SignInThrottle throttle) {
        this.passwords = new DaoAuthenticationProvider(userDetails);
        this.passwords.setPasswordEncoder(encoder);
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String username = authentication.getName();
        String source = authentication.getDetails() instanceof WebAuthenticationDetails web
                ? String.valueOf(web.getRemoteAddress()) : "unknown";
        if (!throttle.allows(username, source)) {
            throw new SignInThrottledException();
        }
        try {
            Authentication result = passwords.authenticate(authentication);
            throttle.recordSuccess(username, source);
            JointlyPrincipal principal = ((JointlyPrincipal) result.getPrincipal()).withoutPassword();
            UsernamePasswordAuthenticationToken token = UsernamePasswordAuthenticationToken.authenticated(
                    principal, null, principal.getAuthorities());
            token.setDetails(authentication.getDetails());
            return token;
        } catch (BadCredentialsException e) {
            throttle.recordFailure(username, source);
            throw e;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
