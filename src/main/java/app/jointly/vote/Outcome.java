package app.jointly.vote;

import java.util.Locale;

/** The final outcome of a closed vote. */
public enum Outcome {
    PASSED, FAILED;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
