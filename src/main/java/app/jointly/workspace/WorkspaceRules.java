package app.jointly.workspace;

import app.jointly.shared.InvalidInputException;
import app.jointly.shared.TextRules;

/** Limits on workspace names, parties and size. */
final class WorkspaceRules {

    static final int MAX_NAME = 120;
    static final int MAX_PARTY_NAME = 60;
    static final int MAX_PARTIES = 10;
    static final int MAX_MEMBERS = 20_000;

    private WorkspaceRules() {
    }

    static String name(String raw) {
        return text(raw, MAX_NAME, "workspace name");
    }

    static String partyName(String raw) {
        return text(raw, MAX_PARTY_NAME, "party name");
    }

    private static String text(String raw, int max, String what) {
        String value = raw == null ? "" : raw.strip();
        TextRules.singleLine(value, what);
        if (value.isEmpty() || value.length() > max) {
            throw new InvalidInputException("invalid-" + what.replace(' ', '-'),
                    "A " + what + " has 1 to " + max + " characters and no control characters.");
        }
        return value;
    }
}
