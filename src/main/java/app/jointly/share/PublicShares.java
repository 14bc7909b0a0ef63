package app.jointly.share;

/**
 * What anyone holding a link may do, without an account. A token that is unknown, revoked, expired, or whose
 * document is gone is {@link app.jointly.share.LinkNotValidException} (404), indistinguishably.
 */
public interface PublicShares {

    SharedDocument open(String token);

    /**
     * Leaves a visitor comment.
     *
     * @param source the visitor's address, for the per-address limit
     * @throws app.jointly.shared.ForbiddenException {@code feedback-off} when the link does not take feedback
     * @throws app.jointly.shared.RateLimitedException beyond {@link ShareLimits#COMMENTS_PER_ADDRESS} or
     *         {@link ShareLimits#COMMENTS_PER_LINK} per {@link ShareLimits#COMMENT_WINDOW}
     * @throws app.jointly.shared.InvalidInputException / {@link app.jointly.shared.TooLargeException} for a
     *         missing or over-long field or a passage outside the section
     */
    VisitorComment comment(String token, NewVisitorComment comment, String source);
}
