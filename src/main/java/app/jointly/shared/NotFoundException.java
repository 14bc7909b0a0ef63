package app.jointly.shared;

/** The thing does not exist or the caller may not know that it exists (HTTP 404). */
public class NotFoundException extends JointlyException {

    public NotFoundException(String message) {
        super("not-found", message);
    }

    public NotFoundException(String code, String message) {
        super(code, message);
    }
}
