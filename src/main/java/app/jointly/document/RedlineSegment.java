package app.jointly.document;

/** A run of text that is the same in both versions, only in the new one, or only in the old one. */
public record RedlineSegment(Kind kind, String text) {

    public enum Kind {
        EQUAL, INSERT, DELETE;

        public String wireName() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
