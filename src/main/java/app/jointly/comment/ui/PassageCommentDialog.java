package app.jointly.comment.ui;

import app.jointly.comment.CommentService;
import app.jointly.comment.CommentService.NewPassageComment;
import app.jointly.comment.CommentTarget;
import app.jointly.comment.CommentVisibility;
import app.jointly.identity.CurrentUser;
import app.jointly.shared.DocumentId;
import app.jointly.shared.SectionId;
import app.jointly.shared.UserId;
import app.jointly.ui.Notifications;
import app.jointly.ui.PassageCommentSlot;
import app.jointly.workspace.Membership;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;

/** The co-editing page's "comment on the selection": a dialog that posts the comment on the selected passage. */
@org.springframework.stereotype.Component
class PassageCommentDialog implements PassageCommentSlot {

    private final CommentService comments;
    private final CurrentUser currentUser;

    PassageCommentDialog(CommentService comments, CurrentUser currentUser) {
        this.comments = comments;
        this.currentUser = currentUser;
    }

    @Override
    public void open(String documentId, String sectionId, int from, int to, int version) {
        UserId me = currentUser.require().id();
        Membership member = comments.viewer(CommentTarget.Kind.SECTION, documentId, me);
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Comment on the selection");
        TextArea body = ThreadCard.bodyField("Comment");
        Checkbox partyOnly = new Checkbox("My party only");
        partyOnly.setVisible(member.partyId().isPresent());
        Button post = new Button("Comment", e -> {
            NewPassageComment input = new NewPassageComment(from, to, version, body.getValue(),
                    partyOnly.getValue() ? CommentVisibility.PARTY : CommentVisibility.WORKSPACE);
            if (Notifications.attempt(() -> comments.commentOnPassage(new DocumentId(documentId),
                    new SectionId(sectionId), me, input))) {
                Notifications.success("Comment posted.");
                dialog.close();
            }
        });
        post.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(body, partyOnly, new HorizontalLayout(new Button("Cancel", e -> dialog.close()), post));
        dialog.open();
    }
}
