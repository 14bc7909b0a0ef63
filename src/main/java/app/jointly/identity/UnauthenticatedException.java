package app.jointly.identity;

import app.jointly.shared.JointlyException;

/** No valid credentials (HTTP 401). */
public class UnauthenticatedException extends JointlyException {

    public UnauthenticatedException() {
        super("unauthorized", "Sign in first.");
    }
}
