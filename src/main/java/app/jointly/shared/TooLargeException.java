package app.jointly.shared;

/** Input over a size limit (HTTP 413). */
public class TooLargeException extends JointlyException {

    public TooLargeException(String message) {
        super("too-large", message);
    }

    public TooLargeException(String code, String message) {
        super(code, message);
    }
}
