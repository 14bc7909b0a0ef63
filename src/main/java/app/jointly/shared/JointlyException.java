package app.jointly.shared;

/**
 * Base of the refusals a service may answer with. Each carries a stable machine code (used in the REST
 * error body and on the collaboration socket) and a message a person can read.
 */
public abstract class JointlyException extends RuntimeException {

    private final String code;

    protected JointlyException(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
