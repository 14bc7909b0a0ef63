package app.jointly.shared;

/** Malformed or out-of-range input (HTTP 400). */
public class InvalidInputException extends JointlyException {

    public InvalidInputException(String message) {
        super("invalid-input", message);
    }

    public InvalidInputException(String code, String message) {
        super(code, message);
    }
}
