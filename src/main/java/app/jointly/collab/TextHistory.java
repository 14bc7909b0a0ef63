package app.jointly.collab;

import java.util.List;

/**
 * Positions in a co-edited text over time, for modules that keep ranges in it (comment anchors). The ranges are
 * mapped by the server through the accepted changes read from the update log, never guessed by a browser; reading
 * does not touch the co-editing path (no push, no lock). Nothing here checks the caller: the asking module checks
 * access to the text first.
 */
public interface TextHistory {

    /**
     * The text's current version and text. A text never co-edited is loaded into co-editing at version 0 from its
     * stored text, so that from then on every change of it (typed, or saved outside the editor) is in the log and
     * ranges given now can be mapped later.
     */
    Current current(String textId);

    /**
     * Maps ranges given as of version {@code since} to the current version. The start of a range keeps after text
     * typed at it and the end keeps before, so text typed at either edge stays outside; a range whose every
     * character was deleted comes back {@code removed} (collapsed where the passage was).
     *
     * @throws app.jointly.shared.InvalidInputException {@code bad-version} when {@code since} is beyond the current
     *         version, {@code bad-range} when a range does not fit the text as of {@code since}
     */
    Mapped map(String textId, int since, List<Range> ranges);

    /** A text as of a version. */
    record Current(int version, String text) {
    }

    /** A range in UTF-16 code units, {@code from <= to}; {@code removed} once its passage was deleted. */
    record Range(int from, int to, boolean removed) {

        public Range(int from, int to) {
            this(from, to, false);
        }
    }

    /** Ranges mapped to {@code version}, in the order given, with the text at that version. */
    record Mapped(int version, String text, List<Range> ranges) {
    }
}
