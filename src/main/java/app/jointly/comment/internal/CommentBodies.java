package app.jointly.comment.internal;

import app.jointly.comment.CommentLimits;
import app.jointly.document.SafeMarkdown;
import app.jointly.shared.InvalidInputException;
import app.jointly.shared.TextRules;
import app.jointly.shared.TooLargeException;
import org.springframework.stereotype.Component;

/** Checks a comment body and renders it: Markdown, sanitised like documents (no script, style or odd link). */
@Component
public class CommentBodies {

    private final SafeMarkdown markdown;

    CommentBodies(SafeMarkdown markdown) {
        this.markdown = markdown;
    }

    /**
     * @return the body without surrounding blank space
     * @throws InvalidInputException {@code empty-body}, or {@code bad-text} for control characters
     * @throws TooLargeException {@code comment-too-long} over {@link CommentLimits#MAX_BODY} characters
     */
    public String check(String body) {
        if (body == null || body.isBlank()) {
            throw new InvalidInputException("empty-body", "A comment needs a body.");
        }
        if (body.length() > CommentLimits.MAX_BODY) {
            throw new TooLargeException("comment-too-long",
                    "A comment can be at most " + CommentLimits.MAX_BODY + " characters.");
        }
        TextRules.multiLine(body, "body");
        return body.strip();
    }

    public String html(String body) {
        return markdown.toHtml(body);
    }
}
