package app.jointly.collab.internal;

import app.jointly.shared.JointlyException;

/**
 * A refusal sent to one socket client as {@code {"type":"error","code":...}}; the stable codes are listed in
 * docs/protocol.md.
 */
public class ProtocolException extends JointlyException {

    public ProtocolException(String code, String message) {
        super(code, message);
    }

    public static ProtocolException invalidChanges(String message) {
        return new ProtocolException("invalid-changes", message);
    }
}
