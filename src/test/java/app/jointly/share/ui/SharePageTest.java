package app.jointly.share.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import app.jointly.document.DocumentKind;
import app.jointly.document.DocumentService;
import app.jointly.document.DocumentView;
import app.jointly.document.NewSection;
import app.jointly.document.internal.DocumentTestFixture;
import app.jointly.identity.AuthenticatedUser;
import app.jointly.identity.CurrentUser;
import app.jointly.identity.JointlyPrincipal;
import app.jointly.share.IssuedShareLink;
import app.jointly.share.NewShareLink;
import app.jointly.share.ShareLink;
import app.jointly.share.ShareLinks;
import app.jointly.share.VisitorComment;
import app.jointly.share.VisitorFeedback;
import app.jointly.shared.UserId;
import app.jointly.shared.WorkspaceId;
import app.jointly.ui.LiveUpdates;
import app.jointly.workspace.Role;
import com.vaadin.browserless.BrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

@ViewPackages(packages = "app.jointly.share.ui")
class SharePageTest extends BrowserlessTest {

    private final WorkspaceId workspace = WorkspaceId.newId();
    private final UserId editor = UserId.newId();
    private final UserId observer = UserId.newId();
    private final DocumentTestFixture fixture = new DocumentTestFixture(Clock.systemUTC());
    private final DocumentService documents = fixture.service();
    private final ShareLinks links = mock(ShareLinks.class);
    private final VisitorFeedback feedback = mock(VisitorFeedback.class);
    private DocumentView plan;
    private ShareLink active;
    private VisitorComment withLink;

    @BeforeEach
    void setUp() {
        fixture.addMember(workspace, editor, Role.LEAD);
        fixture.addMember(workspace, observer, Role.OBSERVER);
        plan = documents.create(workspace, "Conference Plan", DocumentKind.PLAN,
                List.of(new NewSection("Problem", "Pockets of excellence.")), editor);
        Instant now = Instant.now();
        active = new ShareLink("link-1", plan.id(), now, now.plusSeconds(3600), null, true, null);
        withLink = new VisitorComment("c-1", plan.id(), "link-1", plan.sections().get(0).id().value(), "Problem",
                0, 7, "Pockets", "Riley Chen", "AEA", "See https://example.org/x please", now, false, false, null,
                null);
        when(links.list(plan.id(), editor)).thenReturn(List.of(active));
        when(links.list(plan.id(), observer)).thenReturn(List.of(active));
        when(feedback.list(eq(plan.id()), any())).thenReturn(List.of(withLink));
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void anEditorMakesALinkAndSeesItsAddressOnceAndRevokesLinks() {
        SharePage page = open(editor);
        when(links.create(eq(plan.id()), any(), eq(editor))).thenReturn(new IssuedShareLink(active, "T".repeat(43)));

        test($(Button.class, page).withText("Create link").single()).click();

        ArgumentCaptor<NewShareLink> asked = ArgumentCaptor.forClass(NewShareLink.class);
        verify(links).create(eq(plan.id()), asked.capture(), eq(editor));
        assertThat(asked.getValue().feedback()).isTrue();
        assertThat(asked.getValue().expiresAt()).isAfter(Instant.now().plusSeconds(29L * 24 * 3600));
        assertThat($(TextField.class, page).withLabel("New link").single().getValue())
                .endsWith("/share/" + "T".repeat(43));

        test($(Button.class, page).withText("Revoke").single()).click();
        verify(links).revoke("link-1", editor);
    }

    @Test
    void visitorFeedbackIsMarkedAndItsLinksAreNotClickableUntilApproved() {
        SharePage page = open(editor);
        assertThat($(Span.class, page).withText("Visitor feedback").all()).hasSize(1);
        assertThat($(Anchor.class, page).all()).noneMatch(a -> a.getHref().startsWith("https://example.org"));

        test($(Button.class, page).withText("Approve links").single()).click();
        verify(feedback).approveLinks("c-1", editor);
        test($(Button.class, page).withText("Hide").single()).click();
        verify(feedback).setHidden("c-1", true, editor);
    }

    @Test
    void approvedLinksAreClickableAndSafe() {
        Anchor link = VisitorText.render("See https://example.org/x please", true).getChildren()
                .filter(Anchor.class::isInstance).map(Anchor.class::cast).findFirst().orElseThrow();
        assertThat(link.getHref()).isEqualTo("https://example.org/x");
        assertThat(link.getElement().getAttribute("rel")).contains("nofollow", "noopener", "ugc");
        assertThat(VisitorText.render("See https://example.org/x please", false).getChildren()
                .anyMatch(Anchor.class::isInstance)).isFalse();
    }

    @Test
    void anObserverSeesLinksAndFeedbackButChangesNothing() {
        SharePage page = open(observer);
        assertThat($(Button.class, page).withText("Create link").all()).isEmpty();
        assertThat($(Button.class, page).withText("Revoke").all()).isEmpty();
        assertThat($(Button.class, page).withText("Approve links").all()).isEmpty();
        assertThat($(Span.class, page).withText("Visitor feedback").all()).hasSize(1);
    }

    @Test
    void strangersAndWrongWorkspacesSeeNothing() {
        UserId stranger = UserId.newId();
        signIn(stranger);
        SharePage page = page();
        assertThat(page.open(workspace.value(), plan.id().value())).isFalse();
        signIn(editor);
        assertThat(page().open(WorkspaceId.newId().value(), plan.id().value())).isFalse();
    }

    private SharePage open(UserId user) {
        signIn(user);
        SharePage page = page();
        assertThat(page.open(workspace.value(), plan.id().value())).isTrue();
        UI.getCurrent().add(page);
        return page;
    }

    private SharePage page() {
        return new SharePage(documents, fixture.workspaceAccess(), links, feedback,
                new CurrentUser(SecurityContextHolder.getContextHolderStrategy()), Clock.systemUTC(),
                new LiveUpdates());
    }

    private static void signIn(UserId user) {
        JointlyPrincipal principal = new JointlyPrincipal(new AuthenticatedUser(user, "u" + user.value().substring(0, 4),
                "Test user", false), null);
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                principal, null, principal.getAuthorities()));
    }
}
