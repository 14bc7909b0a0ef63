package app.jointly.share;

import app.jointly.shared.NotFoundException;

/** The link is unknown, revoked or expired (HTTP 404 {@code link-not-valid}); the reason is not told. */
public class LinkNotValidException extends NotFoundException {

    public LinkNotValidException() {
        super("link-not-valid", "This link is not valid: it may have expired or been revoked.");
    }
}
