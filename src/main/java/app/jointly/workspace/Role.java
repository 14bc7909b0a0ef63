package app.jointly.workspace;

import app.jointly.shared.InvalidInputException;
import java.util.Locale;

/** A member's role in one workspace; the wire names are lower case ("owner", "lead", ...). */
public enum Role {
    OWNER, LEAD, MEMBER, COMMENTER, OBSERVER;

    /** Owners, leads and members write; commenters and observers only read. */
    public boolean canEdit() {
        return this == OWNER || this == LEAD || this == MEMBER;
    }

    public boolean canComment() {
        return this != OBSERVER;
    }

    public boolean canAdminister() {
        return this == OWNER;
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Role fromWire(String value) {
        if (value != null) {
            for (Role role : values()) {
                if (role.wireName().equals(value.trim().toLowerCase(Locale.ROOT))) {
                    return role;
                }
            }
        }
        throw new InvalidInputException("invalid-role",
                "Role must be one of owner, lead, member, commenter, observer.");
    }
}
