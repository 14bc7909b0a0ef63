package app.jointly.decision;

import app.jointly.shared.InvalidInputException;
import app.jointly.shared.PartyId;
import java.time.LocalDate;
import java.util.Locale;

/**
 * Filters of the log; every part optional (null).
 *
 * @param from decided on or after
 * @param to decided on or before
 * @param party concurred by this party
 * @param followUps OPEN (some not done), DONE (all done), NONE (has none)
 */
public record DecisionFilter(LocalDate from, LocalDate to, PartyId party, String tag, FollowUps followUps) {

    public static final DecisionFilter ALL = new DecisionFilter(null, null, null, null, null);

    public enum FollowUps {
        OPEN, DONE, NONE;

        public static FollowUps fromWire(String value) {
            if (value == null || value.isBlank() || value.equalsIgnoreCase("any")) {
                return null;
            }
            try {
                return valueOf(value.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("invalid-filter", "Follow-up status must be open, done, none or any.");
            }
        }
    }

    public DecisionFilter {
        tag = tag == null || tag.isBlank() ? null : tag.strip().toLowerCase(Locale.ROOT);
        if (from != null && to != null && to.isBefore(from)) {
            throw new InvalidInputException("invalid-filter", "The end date is before the start date.");
        }
    }

    public boolean matches(LoggedDecision logged) {
        DecisionEntry e = logged.entry();
        return (from == null || !e.decidedOn().isBefore(from))
                && (to == null || !e.decidedOn().isAfter(to))
                && (party == null || e.concurringParties().contains(party))
                && (tag == null || e.tags().contains(tag))
                && (followUps == null || switch (followUps) {
                    case OPEN -> logged.hasOpenFollowUps();
                    case DONE -> !e.followUps().isEmpty() && !logged.hasOpenFollowUps();
                    case NONE -> e.followUps().isEmpty();
                });
    }
}
