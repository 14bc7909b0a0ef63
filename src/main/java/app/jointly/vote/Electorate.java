package app.jointly.vote;

import app.jointly.shared.InvalidInputException;
import java.util.Locale;

/**
 * Who may vote. Only members whose role can edit (owner, lead, member) are ever eligible; commenters and
 * observers do not vote.
 */
public enum Electorate {
    /** Every eligible member of the workspace. */
    WORKSPACE,
    /** The eligible members of one party. */
    PARTY,
    /** The eligible members of every party, counted party by party (members of no party do not vote). */
    EACH_PARTY;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Electorate fromWire(String value) {
        for (Electorate electorate : values()) {
            if (electorate.wireName().equals(value == null ? "" : value.trim().toLowerCase(Locale.ROOT))) {
                return electorate;
            }
        }
        throw new InvalidInputException("invalid-electorate", "Electorate must be one of workspace, party, each-party.");
    }
}
