package app.jointly.share.ui;

import app.jointly.share.ShareLimits;
import app.jointly.share.VisitorComment;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.function.Consumer;

/** One visitor comment for the team, marked as visitor feedback, with hide, approve-links and answer for editors. */
class VisitorCommentCard extends Article {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    interface Actions {
        void hide(VisitorComment comment, boolean hidden);

        void approveLinks(VisitorComment comment);

        void answer(VisitorComment comment, String answer);
    }

    VisitorCommentCard(VisitorComment comment, boolean canEdit, Actions actions) {
        addClassName("jointly-visitor-comment");
        if (comment.hidden()) {
            addClassName("jointly-hidden");
        }
        Span badge = new Span("Visitor feedback" + (comment.hidden() ? " (hidden)" : ""));
        badge.addClassName("jointly-visitor-badge");
        String who = comment.name() + (comment.organisation().isEmpty() ? "" : ", " + comment.organisation());
        Div meta = new Div(badge, new Span(" " + who + " · " + WHEN.format(comment.createdAt()) + " · on "
                + comment.sectionHeading()));
        add(meta);
        if (!comment.passage().isEmpty()) {
            Div quote = new Div(comment.passage());
            quote.addClassName("jointly-visitor-passage");
            add(quote);
        }
        add(VisitorText.render(comment.body(), comment.linksApproved()));
        if (comment.answer() != null) {
            Div answer = new Div(new Span("Team's answer: "), new Span(comment.answer()));
            answer.addClassName("jointly-visitor-answer");
            add(answer);
        }
        if (canEdit) {
            add(editorActions(comment, actions));
        }
    }

    private static Div editorActions(VisitorComment comment, Actions actions) {
        Div row = new Div();
        row.addClassName("jointly-visitor-actions");
        row.add(new Button(comment.hidden() ? "Show" : "Hide", click -> actions.hide(comment, !comment.hidden())));
        if (!comment.linksApproved() && VisitorText.hasLinks(comment.body())) {
            row.add(new Button("Approve links", click -> actions.approveLinks(comment)));
        }
        TextArea answer = new TextArea("Answer");
        answer.setMaxLength(ShareLimits.MAX_ANSWER);
        answer.setValue(comment.answer() == null ? "" : comment.answer());
        Consumer<String> send = text -> actions.answer(comment, text);
        row.add(answer, new Button("Save answer", click -> send.accept(answer.getValue())));
        return row;
    }
}
