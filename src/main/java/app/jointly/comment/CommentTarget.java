package app.jointly.comment;

/**
 * What a thread is about: a passage of a document section ({@code id} is the section id, {@code documentId} its
 * document), or the discussion of a proposal or a vote ({@code documentId} null).
 */
public record CommentTarget(Kind kind, String id, String documentId) implements java.io.Serializable {

    /** The kinds of commented things; wire names are lower case. */
    public enum Kind {
        SECTION, PROPOSAL, VOTE;

        public String wireName() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
