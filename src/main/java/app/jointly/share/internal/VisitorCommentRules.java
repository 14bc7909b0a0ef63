package app.jointly.share.internal;

import app.jointly.shared.InvalidInputException;
import app.jointly.shared.TextRules;
import app.jointly.shared.TooLargeException;

/** Presence, length and plain-text checks for what visitors and answering members type. */
final class VisitorCommentRules {

    private VisitorCommentRules() {
    }

    static String singleLine(String value, String field, int max, boolean required) {
        return check(TextRules.singleLine(value, field), field, max, required);
    }

    static String multiLine(String value, String field, int max) {
        return check(TextRules.multiLine(value, field), field, max, true);
    }

    private static String check(String value, String field, int max, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                throw new InvalidInputException("missing-" + field, "The field '" + field + "' is required.");
            }
            return "";
        }
        if (value.length() > max) {
            throw new TooLargeException("too-long", "The field '" + field + "' may be at most " + max
                    + " characters.");
        }
        return value.strip();
    }
}
