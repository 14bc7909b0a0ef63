package app.jointly.vote;

import java.util.Locale;

/**
 * Life of a vote: DRAFT until opened (by hand or at its opening time), OPENING while the electorate is
 * snapshotted, OPEN while ballots are accepted, CLOSING while the final result is computed, CLOSED for good.
 */
public enum VoteStatus {
    DRAFT, OPENING, OPEN, CLOSING, CLOSED;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Words for people (status is never shown by colour alone). */
    public String label() {
        return switch (this) {
            case DRAFT -> "Not open yet";
            case OPENING -> "Opening";
            case OPEN -> "Open for voting";
            case CLOSING -> "Closing";
            case CLOSED -> "Closed";
        };
    }
}
