package app.jointly.comment.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import app.jointly.comment.CommentActions;
import app.jointly.comment.CommentAuthor;
import app.jointly.comment.CommentReply;
import app.jointly.comment.CommentService;
import app.jointly.comment.CommentService.NewPassageComment;
import app.jointly.comment.CommentTarget;
import app.jointly.comment.CommentThread;
import app.jointly.comment.CommentVisibility;
import app.jointly.document.DocumentKind;
import app.jointly.document.DocumentService;
import app.jointly.document.DocumentView;
import app.jointly.document.SectionView;
import app.jointly.identity.AuthenticatedUser;
import app.jointly.identity.CurrentUser;
import app.jointly.identity.JointlyPrincipal;
import app.jointly.shared.DocumentId;
import app.jointly.shared.PartyId;
import app.jointly.shared.SectionId;
import app.jointly.shared.UserId;
import app.jointly.shared.WorkspaceId;
import app.jointly.ui.LiveUpdates;
import app.jointly.workspace.Membership;
import app.jointly.workspace.Role;
import com.vaadin.browserless.BrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

@ViewPackages(packages = "app.jointly.comment.ui")
class CommentsViewTest extends BrowserlessTest {

    private final WorkspaceId workspace = WorkspaceId.newId();
    private final UserId me = UserId.newId();
    private final UserId other = UserId.newId();
    private final DocumentId documentId = DocumentId.newId();
    private final SectionId first = new SectionId("s1");
    private final SectionId second = new SectionId("s2");
    private final CommentService comments = mock(CommentService.class);
    private final CommentActions actions = mock(CommentActions.class);
    private final DocumentService documents = mock(DocumentService.class);
    private CommentsView view;

    @BeforeEach
    void open() {
        signIn(me);
        DocumentView document = new DocumentView(documentId, workspace, "Master Agreement", DocumentKind.CONTRACT, 3,
                List.of(new SectionView(first, "Article 1", "The Board recognises the Association.", null, 4),
                        new SectionView(second, "Article 12", "Evaluations happen yearly.", null, 0)));
        when(documents.get(documentId, me)).thenReturn(document);
        when(documents.findIn(workspace.value(), documentId.value(), me)).thenCallRealMethod();
        when(comments.viewer(CommentTarget.Kind.SECTION, documentId.value(), me)).thenReturn(
                new Membership(workspace, me, Role.MEMBER, Optional.of(new PartyId("union"))));
        when(comments.documentThreads(documentId, me)).thenReturn(List.of(
                thread("t1", first, me, false, List.of(), List.of()),
                thread("t2", first, other, false, List.of(me.value()), List.of()),
                thread("t3", second, other, true, List.of(), List.of(new CommentReply("r1", "t3", "Yes", "<p>Yes</p>",
                        new CommentAuthor(me, "Me"), Instant.now(), Instant.now(), List.of("Ok"), false)))));
        view = new CommentsView(comments, actions, documents, new CurrentUser(
                SecurityContextHolder.getContextHolderStrategy()), new LiveUpdates());
        assertThat(view.open(workspace.value(), documentId.value())).isTrue();
        UI.getCurrent().add(view);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private CommentThread thread(String id, SectionId section, UserId author, boolean resolved, List<String> mentions,
                                 List<CommentReply> replies) {
        return new CommentThread(id, workspace, new CommentTarget(CommentTarget.Kind.SECTION, section.value(),
                documentId.value()), 0, 3, 4, "The", "The", "Body of " + id, "<p>Body of " + id + "</p>",
                new CommentAuthor(author, author.equals(me) ? "Me" : "Other"), Instant.now(), null, List.of(), false,
                CommentVisibility.WORKSPACE, null, resolved, id.equals("t2"), mentions, replies);
    }

    private List<String> shownThreads() {
        return $(Div.class, view).withClassName("jointly-thread").all().stream().map(d -> d.getId().orElseThrow())
                .toList();
    }

    @Test
    void theOutlineCountsOpenThreadsPerSectionAndFiltersByIt() {
        List<String> outline = $(Button.class, view).all().stream().map(Button::getText)
                .filter(t -> t.contains("(")).toList();
        assertThat(outline).containsExactly("All sections (2)", "Article 1 (2)", "Article 12 (0)");
        assertThat(shownThreads()).containsExactly("thread-t1", "thread-t2");
        assertThat($(Paragraph.class, view).all()).anyMatch(p -> p.getText().startsWith("Passage removed"));

        test($(Button.class, view).withText("Article 12 (0)").first()).click();
        assertThat(shownThreads()).isEmpty();
        test(statusSelect()).selectItem("Resolved");
        assertThat(shownThreads()).containsExactly("thread-t3");
        assertThat($(Div.class, view).withClassName("jointly-comment").all())
                .anyMatch(d -> d.getElement().getTextRecursively().contains("edited"));
    }

    @Test
    void filtersMineAndMentioningMe() {
        test(checkbox("Mine")).click();
        assertThat(shownThreads()).containsExactly("thread-t1");
        test(checkbox("Mine")).click();
        test(checkbox("Mentioning me")).click();
        assertThat(shownThreads()).containsExactly("thread-t2");
        test(statusSelect()).selectItem("All");
        test(checkbox("Mentioning me")).click();
        test(checkbox("Mine")).click();
        assertThat(shownThreads()).containsExactly("thread-t1", "thread-t3");
    }

    @Test
    void repliesResolvesAndEditsThroughTheService() {
        Div card = $(Div.class, view).id("thread-t2");
        test($(TextArea.class, card).first()).setValue("Good point");
        test($(Button.class, card).withText("Reply").first()).click();
        verify(actions).reply("t2", me, "Good point");
        card = $(Div.class, view).id("thread-t2"); // the list was read again
        test($(Button.class, card).withText("Resolve").first()).click();
        verify(actions).resolve("t2", me);
        assertThat($(Button.class, card).withText("Edit").all()).as("not mine").isEmpty();

        Div mine = $(Div.class, view).id("thread-t1");
        test($(Button.class, mine).withText("Edit").first()).click();
        test($(TextArea.class, mine).withLabel("New wording").first()).setValue("Reworded");
        test($(Button.class, mine).withText("Save").first()).click();
        verify(actions).edit("t1", me, "Reworded");
    }

    @Test
    void commentsOnAPassageFoundInTheSectionTextAtItsVersion() {
        test($(TextField.class, view).withLabel("Passage (its exact words)").first()).setValue("recognises");
        test($(TextArea.class, view).withLabel("Comment").first()).setValue("Since when?");
        test(checkbox("My party only")).click();
        test($(Button.class, view).withText("Comment").first()).click();

        ArgumentCaptor<NewPassageComment> sent = ArgumentCaptor.forClass(NewPassageComment.class);
        verify(comments).commentOnPassage(eq(documentId), eq(first), eq(me), sent.capture());
        assertThat(sent.getValue()).isEqualTo(new NewPassageComment(10, 20, 4, "Since when?",
                CommentVisibility.PARTY));
    }

    @SuppressWarnings("unchecked")
    private Select<ThreadFilter.Status> statusSelect() {
        return $(Select.class, view).withCaption("Show").first();
    }

    private Checkbox checkbox(String label) {
        return $(Checkbox.class, view).withCaption(label).first();
    }

    private static void signIn(UserId user) {
        JointlyPrincipal principal = new JointlyPrincipal(new AuthenticatedUser(user, "u" + user.value().substring(0, 4),
                "Test user", false), null);
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                principal, null, principal.getAuthorities()));
    }
}
