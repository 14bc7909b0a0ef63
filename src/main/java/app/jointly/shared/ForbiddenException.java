package app.jointly.shared;

/** The caller may see the thing but not do this to it (HTTP 403). */
public class ForbiddenException extends JointlyException {

    public ForbiddenException(String message) {
        super("forbidden", message);
    }

    public ForbiddenException(String code, String message) {
        super(code, message);
    }
}
