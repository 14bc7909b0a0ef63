package app.jointly.comment.ui;

import app.jointly.comment.CommentActions;
import app.jointly.comment.CommentLimits;
import app.jointly.comment.CommentThread;
import app.jointly.comment.CommentVisibility;
import app.jointly.shared.UserId;
import app.jointly.ui.Notifications;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * One thread: the quoted passage ("passage removed" once it was deleted), the first comment and the replies
 * (edited ones marked, deleted ones shown as deleted), and what the viewer may do: reply, resolve or reopen,
 * edit or delete their own comments.
 */
class ThreadCard extends Div {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm")
            .withZone(ZoneOffset.UTC);

    private final CommentActions actions;
    private final UserId me;
    private final boolean canComment;
    private final Runnable changed;

    ThreadCard(CommentThread thread, CommentActions actions, UserId me, boolean canComment, Runnable changed) {
        this.actions = actions;
        this.me = me;
        this.canComment = canComment;
        this.changed = changed;
        addClassName("jointly-thread");
        setId("thread-" + thread.id());
        getElement().setAttribute("aria-label", "Comment thread by " + thread.author().name());
        if (thread.anchored()) {
            Paragraph quote = new Paragraph((thread.orphaned() ? "Passage removed: " : "On: ")
                    + "\u201c" + thread.quote() + "\u201d");
            quote.addClassName(thread.orphaned() ? "jointly-quote-orphaned" : "jointly-quote");
            add(quote);
        }
        if (thread.visibility() == CommentVisibility.PARTY) {
            add(new Span("My party only"));
        }
        if (thread.resolved()) {
            add(new Span("Resolved"));
        }
        add(comment(thread.id(), thread.author().name(), thread.author().id(), thread.createdAt(), thread.bodyHtml(),
                thread.edited(), thread.deleted()));
        thread.replies().forEach(r -> add(comment(r.id(), r.author().name(), r.author().id(), r.createdAt(),
                r.bodyHtml(), r.edited(), r.deleted())));
        if (canComment) {
            add(replyForm(thread), stateButton(thread));
        }
    }

    private Component comment(String id, String author, UserId authorId, Instant at, String html, boolean edited,
                              boolean deleted) {
        Div comment = new Div();
        comment.addClassName("jointly-comment");
        comment.add(new Span(author + " \u00b7 " + WHEN.format(at) + (edited && !deleted ? " \u00b7 edited" : "")));
        if (deleted) {
            comment.add(new Paragraph("This comment was deleted."));
            return comment;
        }
        Div body = new Div();
        body.addClassName("jointly-prose");
        // the HTML was rendered and sanitised with the documents' allow-list when the comment was written
        body.getElement().setProperty("innerHTML", html);
        comment.add(body);
        if (canComment && authorId.equals(me)) {
            Button edit = new Button("Edit", e -> editForm(comment, id));
            edit.getElement().setAttribute("aria-label", "Edit my comment");
            Button delete = new Button("Delete", e -> run(() -> actions.delete(id, me)));
            delete.getElement().setAttribute("aria-label", "Delete my comment");
            delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            comment.add(new HorizontalLayout(edit, delete));
        }
        return comment;
    }

    private void editForm(Div comment, String id) {
        TextArea text = bodyField("New wording");
        Button save = new Button("Save", e -> run(() -> actions.edit(id, me, text.getValue())));
        comment.add(text, save);
        text.focus();
    }

    private Component replyForm(CommentThread thread) {
        TextArea text = bodyField("Reply");
        Button reply = new Button("Reply", e -> run(() -> actions.reply(thread.id(), me, text.getValue())));
        reply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return new Div(text, reply);
    }

    private Button stateButton(CommentThread thread) {
        return thread.resolved() ? new Button("Reopen", e -> run(() -> actions.reopen(thread.id(), me)))
                : new Button("Resolve", e -> run(() -> actions.resolve(thread.id(), me)));
    }

    static TextArea bodyField(String label) {
        TextArea text = new TextArea(label);
        text.setMaxLength(CommentLimits.MAX_BODY);
        text.setHelperText("Markdown; @username mentions a member who can see this thread.");
        text.setWidthFull();
        return text;
    }

    private void run(Runnable action) {
        if (Notifications.attempt(action)) {
            changed.run();
        }
    }
}
