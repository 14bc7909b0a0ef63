package app.jointly.identity;

import app.jointly.shared.InvalidInputException;
import app.jointly.shared.TextRules;
import java.util.Locale;
import java.util.regex.Pattern;

/** Limits on what people type into account forms. */
public final class UserRules {

    public static final int MIN_PASSWORD = 10;
    public static final int MAX_PASSWORD = 128;
    public static final int MAX_DISPLAY_NAME = 80;
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,39}");

    private UserRules() {
    }

    public static String username(String raw) {
        String username = raw == null ? "" : raw.trim().toLowerCase(Locale.ROOT);
        if (!USERNAME.matcher(username).matches()) {
            throw new InvalidInputException("invalid-username",
                    "A username has 3 to 40 characters: letters, digits, dot, dash or underscore.");
        }
        return username;
    }

    public static String password(String password) {
        if (password == null || password.length() < MIN_PASSWORD) {
            throw new InvalidInputException("weak-password",
                    "A password needs at least " + MIN_PASSWORD + " characters.");
        }
        if (password.length() > MAX_PASSWORD) {
            throw new InvalidInputException("invalid-password",
                    "A password may have at most " + MAX_PASSWORD + " characters.");
        }
        return password;
    }

    public static String displayName(String raw, String fallback) {
        String name = raw == null || raw.isBlank() ? fallback : raw.strip();
        TextRules.singleLine(name, "displayName");
        if (name.length() > MAX_DISPLAY_NAME) {
            throw new InvalidInputException("invalid-display-name",
                    "A display name has at most " + MAX_DISPLAY_NAME + " characters and no control characters.");
        }
        return name;
    }
}
