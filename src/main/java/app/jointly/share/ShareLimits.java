package app.jointly.share;

import java.time.Duration;

/** The bounds on links and visitor feedback; inputs beyond them are refused with a JSON error. */
public final class ShareLimits {

    /** A link without an explicit expiry lives this long. */
    public static final Duration DEFAULT_LIFETIME = Duration.ofDays(30);
    /** No link may live longer than this from the moment it is made. */
    public static final Duration MAX_LIFETIME = Duration.ofDays(366);
    /** Links (active or not) one document may have; revoked and expired ones count until they are a year old. */
    public static final int MAX_LINKS_PER_DOCUMENT = 100;
    public static final int MAX_NAME = 100;
    public static final int MAX_ORGANISATION = 150;
    public static final int MAX_BODY = 4_000;
    public static final int MAX_ANSWER = 4_000;
    /** Visitor comments one link takes in all; beyond it the link stops taking feedback. */
    public static final int MAX_COMMENTS_PER_LINK = 500;
    /** Visitor comments one address may leave through one link per {@link #COMMENT_WINDOW}. */
    public static final int COMMENTS_PER_ADDRESS = 5;
    /** Visitor comments one link takes from everyone together per {@link #COMMENT_WINDOW}. */
    public static final int COMMENTS_PER_LINK = 60;
    public static final Duration COMMENT_WINDOW = Duration.ofMinutes(10);

    private ShareLimits() {
    }
}
