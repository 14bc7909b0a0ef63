package app.jointly.proposal;

import java.util.Locale;

/** Where a proposal stands at the table. Only {@link #DRAFT} is caucus-private (while never presented). */
public enum ProposalStatus {
    DRAFT("Draft"),
    PRESENTED("Presented"),
    COUNTERED("Countered"),
    REJECTED("Rejected"),
    WITHDRAWN("Withdrawn"),
    TENTATIVELY_AGREED("Tentatively agreed"),
    REOPENED("Reopened"),
    RATIFIED("Ratified");

    private final String label;

    ProposalStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Presented and still waiting for an answer from the other side(s). */
    public boolean isOpen() {
        return this == PRESENTED;
    }
}
