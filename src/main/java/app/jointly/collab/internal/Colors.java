package app.jointly.collab.internal;

/**
 * A stable colour per user for cursors and authorship. The browser editor derives the same colour from the user
 * id with the same function (Java's String.hashCode), so every client agrees without asking.
 */
final class Colors {

    /** Distinguishable on white and dark backgrounds; never the only signal (names are shown with them). */
    static final String[] PALETTE = {"#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#17becf", "#8c564b",
        "#e377c2"};

    private Colors() {
    }

    static String forUser(String userId) {
        return PALETTE[Math.floorMod(userId.hashCode(), PALETTE.length)];
    }
}
