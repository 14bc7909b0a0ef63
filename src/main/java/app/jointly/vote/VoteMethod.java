package app.jointly.vote;

import app.jointly.shared.InvalidInputException;
import java.util.List;
import java.util.Locale;

/** How a vote is decided; each method has its own set of choices a ballot may carry. */
public enum VoteMethod {
    /** Fist-to-five, 0 to 5; reached when nobody is below the threshold. */
    CONSENSUS,
    /** More yes than no among those who did not abstain, with a quorum. */
    MAJORITY,
    /** Yes at least a set fraction (e.g. 2/3) of yes plus no, with a quorum. */
    SUPERMAJORITY,
    /** Each party decides by its own majority; all parties must agree. */
    PER_PARTY_CONCURRENCE,
    /** Members of one party adopt an agreement by majority; optionally a secret ballot. */
    RATIFICATION;

    public static final List<String> FIST_TO_FIVE = List.of("0", "1", "2", "3", "4", "5");
    public static final List<String> YES_NO_ABSTAIN = List.of("yes", "no", "abstain");

    public List<String> choices() {
        return this == CONSENSUS ? FIST_TO_FIVE : YES_NO_ABSTAIN;
    }

    /** @return the canonical choice, or an {@link InvalidInputException} naming the allowed ones */
    public String requireChoice(String choice) {
        String normalised = choice == null ? "" : choice.trim().toLowerCase(Locale.ROOT);
        if (!choices().contains(normalised)) {
            throw new InvalidInputException("invalid-choice",
                    "For a " + wireName() + " vote the choice must be one of " + String.join(", ", choices()) + ".");
        }
        return normalised;
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static VoteMethod fromWire(String value) {
        for (VoteMethod method : values()) {
            if (method.wireName().equals(value == null ? "" : value.trim().toLowerCase(Locale.ROOT))) {
                return method;
            }
        }
        throw new InvalidInputException("invalid-method",
                "Method must be one of consensus, majority, supermajority, per-party-concurrence, ratification.");
    }
}
