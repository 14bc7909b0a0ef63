package app.jointly.collab.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.jointly.document.DocumentKind;
import app.jointly.document.DocumentView;
import app.jointly.document.NewSection;
import app.jointly.document.internal.DocumentTestFixture;
import app.jointly.identity.AuthenticatedUser;
import app.jointly.identity.CurrentUser;
import app.jointly.identity.JointlyPrincipal;
import app.jointly.shared.UserId;
import app.jointly.shared.WorkspaceId;
import app.jointly.ui.LiveUpdates;
import app.jointly.workspace.Role;
import com.vaadin.browserless.BrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

@ViewPackages(packages = "app.jointly.collab.ui")
class CoEditPageTest extends BrowserlessTest {

    private final WorkspaceId workspace = WorkspaceId.newId();
    private final UserId member = UserId.newId();
    private final DocumentTestFixture fixture = new DocumentTestFixture(Clock.systemUTC());
    private DocumentView document;
    private CoEditPage page;

    @BeforeEach
    void open() {
        fixture.addMember(workspace, member, Role.MEMBER);
        JointlyPrincipal principal = new JointlyPrincipal(new AuthenticatedUser(member, "member", "Member", false),
                null);
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                principal, null, principal.getAuthorities()));
        document = fixture.service().create(workspace, "Master Agreement", DocumentKind.CONTRACT, List.of(
                new NewSection("Article 12: Evaluation", "Every year.")), member);
        page = new CoEditPage(fixture.directory(), fixture.workspaceAccess(),
                new CurrentUser(SecurityContextHolder.getContextHolderStrategy()), new LiveUpdates(),
                new org.springframework.beans.factory.support.StaticListableBeanFactory()
                        .getBeanProvider(app.jointly.ui.PassageCommentSlot.class));
        UI.getCurrent().add(page);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void anOpenArticleIsEditedTogetherWithoutALockNotice() {
        assertThat(show()).isTrue();
        assertThat($(Paragraph.class, page).withClassName("jointly-locked-notice").all()).isEmpty();
        assertThat($(Paragraph.class, page).withClassName("jointly-hint").all()).hasSize(1);
    }

    @Test
    void aTentativeAgreementIsShownReadOnlyWithTheWayToChangeIt() {
        fixture.directory().replaceAgreedText(document.sections().getFirst().id(), "Every two years.", member,
                "proposal-1");

        assertThat(show()).isTrue();
        Paragraph notice = $(Paragraph.class, page).withClassName("jointly-locked-notice").single();
        assertThat(notice.getElement().getTextRecursively()).contains("tentative agreement").contains("read-only")
                .contains("draft a proposal");
        assertThat($(Anchor.class, notice).single().getHref()).isEqualTo("workspaces/" + workspace.value() + "/table");
        assertThat($(Paragraph.class, page).withClassName("jointly-hint").all()).isEmpty();
    }

    private boolean show() {
        return page.open(workspace.value(), document.id().value(), document.sections().getFirst().id().value());
    }
}
