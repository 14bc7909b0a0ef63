package app.jointly.comment.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import app.jointly.comment.CommentService;
import app.jointly.comment.CommentService.NewPassageComment;
import app.jointly.comment.CommentTarget;
import app.jointly.comment.CommentVisibility;
import app.jointly.identity.AuthenticatedUser;
import app.jointly.identity.CurrentUser;
import app.jointly.identity.JointlyPrincipal;
import app.jointly.shared.DocumentId;
import app.jointly.shared.SectionId;
import app.jointly.shared.UserId;
import app.jointly.shared.WorkspaceId;
import app.jointly.workspace.Membership;
import app.jointly.workspace.Role;
import com.vaadin.browserless.BrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

@ViewPackages(packages = "app.jointly.comment.ui")
class PassageCommentDialogTest extends BrowserlessTest {

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void postsTheEditorsSelectionAtItsVersion() {
        UserId me = UserId.newId();
        JointlyPrincipal principal = new JointlyPrincipal(new AuthenticatedUser(me, "me", "Me", false), null);
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                principal, null, principal.getAuthorities()));
        CommentService comments = mock(CommentService.class);
        when(comments.viewer(CommentTarget.Kind.SECTION, "doc1", me)).thenReturn(
                new Membership(WorkspaceId.newId(), me, Role.COMMENTER, Optional.empty()));

        new PassageCommentDialog(comments, new CurrentUser(SecurityContextHolder.getContextHolderStrategy()))
                .open("doc1", "sec1", 4, 12, 57);
        Dialog dialog = $(Dialog.class).first();
        assertThat($(Checkbox.class, dialog).all()).as("no party, no party-only switch shown").isEmpty();
        test($(TextArea.class, dialog).first()).setValue("Which employer?");
        test($(Button.class, dialog).withText("Comment").first()).click();

        verify(comments).commentOnPassage(eq(new DocumentId("doc1")), eq(new SectionId("sec1")), eq(me),
                eq(new NewPassageComment(4, 12, 57, "Which employer?", CommentVisibility.WORKSPACE)));
        assertThat(dialog.isOpened()).isFalse();
    }
}
