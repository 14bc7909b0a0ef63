package app.jointly.comment;

/** The limits of commenting, the same on every node. */
public final class CommentLimits {

    /** Longest comment or reply body, in characters. */
    public static final int MAX_BODY = 10_000;
    /** Most comments in one thread, the first one included. */
    public static final int MAX_PER_THREAD = 500;
    /** Most threads on one commented thing (a document, a proposal, a vote). */
    public static final int MAX_THREADS = 2_000;
    /** Earlier wordings kept per comment; older ones are dropped (the comment still shows as edited). */
    public static final int MAX_EARLIER_WORDINGS = 20;

    private CommentLimits() {
    }
}
