package app.jointly.collab.internal;

import java.io.Serial;
import java.io.Serializable;
import java.util.List;

/**
 * What the authority decided about a push before it is made durable: {@code ACCEPT} with the rebased updates and
 * their versions, or a refusal.
 */
public record PrepareResult(Outcome outcome, int currentVersion, List<StoredUpdate> updates, String errorCode,
                            String message) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    public enum Outcome { ACCEPT, NOT_LOADED, TOO_OLD, REFUSED }

    static PrepareResult refused(int version, String code, String message) {
        return new PrepareResult(Outcome.REFUSED, version, List.of(), code, message);
    }

    static PrepareResult of(Outcome outcome, int version) {
        return new PrepareResult(outcome, version, List.of(), null, null);
    }
}
