package app.jointly.comment;

import app.jointly.shared.InvalidInputException;

/**
 * Who sees a thread: the whole workspace, or only the members of its author's party (a caucus note on a shared
 * text, or anything said about a caucus draft): not the owner, observers or other parties.
 */
public enum CommentVisibility {
    WORKSPACE, PARTY;

    public String wireName() {
        return this == WORKSPACE ? "workspace" : "party";
    }

    /** {@code null} means workspace. */
    public static CommentVisibility fromWire(String value) {
        if (value == null || value.equals("workspace")) {
            return WORKSPACE;
        }
        if (value.equals("party")) {
            return PARTY;
        }
        throw new InvalidInputException("invalid-visibility", "visibility must be \"workspace\" or \"party\".");
    }
}
