package app.jointly.shared;

import java.util.regex.Pattern;

/** Validation shared by the typed ids: ids arrive from URLs and JSON, so they are bounded and plain. */
public final class Ids {

    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    private Ids() {
    }

    public static void requireValid(String value, String kind) {
        if (value == null || !SAFE.matcher(value).matches()) {
            throw new InvalidInputException("bad-id", "Not a valid " + kind + ".");
        }
    }

    public static boolean isValid(String value) {
        return value != null && SAFE.matcher(value).matches();
    }
}
