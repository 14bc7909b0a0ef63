package app.jointly.plan;

import app.jointly.shared.InvalidInputException;
import java.util.Locale;

/** A judgement of a measure's progress; wire names {@code not-started}, {@code on-track}, {@code at-risk}, {@code off-track}, {@code met}. */
public enum MeasureStatus {
    NOT_STARTED("not-started", "Not started"),
    ON_TRACK("on-track", "On track"),
    AT_RISK("at-risk", "At risk"),
    OFF_TRACK("off-track", "Off track"),
    MET("met", "Met");

    private final String wireName;
    private final String label;

    MeasureStatus(String wireName, String label) {
        this.wireName = wireName;
        this.label = label;
    }

    public String wireName() {
        return wireName;
    }

    public String label() {
        return label;
    }

    /** @throws InvalidInputException {@code invalid-status} for anything but a wire name */
    public static MeasureStatus fromWire(String value) {
        if (value != null) {
            String normalised = value.trim().toLowerCase(Locale.ROOT);
            for (MeasureStatus status : values()) {
                if (status.wireName.equals(normalised)) {
                    return status;
                }
            }
        }
        throw new InvalidInputException("invalid-status",
                "Status must be one of not-started, on-track, at-risk, off-track, met.");
    }
}
