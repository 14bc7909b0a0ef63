package app.jointly.identity;

import org.springframework.security.core.AuthenticationException;

/** Too many failed sign-ins for this name from this place: answered with HTTP 429 or a message on the form. */
public class SignInThrottledException extends AuthenticationException {

    public SignInThrottledException() {
        super("Too many failed sign-in attempts. Wait a few minutes and try again.");
    }
}
