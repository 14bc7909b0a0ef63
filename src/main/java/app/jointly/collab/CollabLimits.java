package app.jointly.collab;

/** The limits of co-editing, the same on every node; docs/protocol.md lists them for client authors. */
public final class CollabLimits {

    /** Largest text, in UTF-16 code units: the documents module's section limit. */
    public static final int MAX_TEXT = 200_000;
    /** Most characters one push may insert (all its updates together). */
    public static final int MAX_INSERTED_PER_PUSH = 200_000;
    /** Most parts in one change set. */
    public static final int MAX_CHANGE_PARTS = 20_000;
    /** Most updates in one push. */
    public static final int MAX_UPDATES_PER_PUSH = 500;
    /** Longest client id. */
    public static final int MAX_CLIENT_ID = 64;
    /** Largest socket message, in characters. */
    public static final int MAX_MESSAGE = 1_500_000;
    /** Messages a client may send per second on average, and in a burst. */
    public static final int MESSAGES_PER_SECOND = 60;
    public static final int MESSAGE_BURST = 240;
    /** Documents one socket may join at once. */
    public static final int MAX_JOINED_PER_SOCKET = 20;
    /** Updates kept in memory per text to rebase over and to answer pulls; older ones come from MongoDB. */
    public static final int WINDOW = 500;
    /**
     * Most rebasing work for one push, as (characters of its change sets) x (groups accepted since its version):
     * a bigger one is refused instead (the client pulls and pushes again), so no push can hold the text's
     * authority for long.
     */
    public static final long MAX_REBASE_WORK = 2_000_000;

    private CollabLimits() {
    }
}
