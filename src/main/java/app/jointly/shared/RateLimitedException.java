package app.jointly.shared;

/** Too many attempts in a short time (HTTP 429). */
public class RateLimitedException extends JointlyException {

    public RateLimitedException(String message) {
        super("rate-limited", message);
    }

    public RateLimitedException(String code, String message) {
        super(code, message);
    }
}
