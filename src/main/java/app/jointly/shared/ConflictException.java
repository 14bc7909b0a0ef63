package app.jointly.shared;

/** A stale or conflicting change, for example an edit made against an old version (HTTP 409). */
public class ConflictException extends JointlyException {

    public ConflictException(String message) {
        super("conflict", message);
    }

    public ConflictException(String code, String message) {
        super(code, message);
    }
}
