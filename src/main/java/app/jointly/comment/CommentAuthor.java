package app.jointly.comment;

import app.jointly.shared.UserId;

/** Who wrote a comment, with the name they had when writing it. */
public record CommentAuthor(UserId id, String name) {
}
