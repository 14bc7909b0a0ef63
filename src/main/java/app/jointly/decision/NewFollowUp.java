package app.jointly.decision;

import app.jointly.shared.InvalidInputException;
import app.jointly.shared.TextRules;
import java.time.LocalDate;

/** A follow-up as asked for when logging a decision. */
public record NewFollowUp(String description, String owner, LocalDate due) {

    public static final int MAX_DESCRIPTION = 500;
    public static final int MAX_OWNER = 100;

    public NewFollowUp {
        description = description == null ? "" : description.strip();
        owner = owner == null ? "" : owner.strip();
        if (description.isEmpty() || description.length() > MAX_DESCRIPTION) {
            throw new InvalidInputException("invalid-follow-up",
                    "A follow-up needs a description of 1 to " + MAX_DESCRIPTION + " characters.");
        }
        TextRules.multiLine(description, "followUps.description");
        TextRules.singleLine(owner, "followUps.owner");
        if (owner.length() > MAX_OWNER) {
            throw new InvalidInputException("invalid-follow-up", "A follow-up owner is at most " + MAX_OWNER + " characters.");
        }
    }
}
