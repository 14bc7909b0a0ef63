package app.jointly.document.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import app.jointly.document.DocumentComparison;
import app.jointly.document.DocumentFiles;
import app.jointly.document.DocumentKind;
import app.jointly.document.DocumentService;
import app.jointly.document.DocumentVersions;
import app.jointly.document.DocumentView;
import app.jointly.document.NewSection;
import app.jointly.document.Redline;
import app.jointly.document.VersionSummary;
import app.jointly.document.internal.DocumentTestFixture;
import app.jointly.identity.AuthenticatedUser;
import app.jointly.identity.CurrentUser;
import app.jointly.identity.JointlyPrincipal;
import app.jointly.shared.UserId;
import app.jointly.shared.WorkspaceId;
import app.jointly.workspace.Role;
import com.vaadin.browserless.BrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

@ViewPackages(packages = "app.jointly.document.ui")
class DocumentHistoryPageTest extends BrowserlessTest {

    private final WorkspaceId workspace = WorkspaceId.newId();
    private final UserId editor = UserId.newId();
    private final UserId observer = UserId.newId();
    private final DocumentTestFixture fixture = new DocumentTestFixture(Clock.systemUTC());
    private final DocumentService documents = fixture.service();
    private final DocumentVersions versions = mock(DocumentVersions.class);
    private final VersionSummary first = new VersionSummary("v1", null, Instant.parse("2026-12-01T09:00:00Z"),
            List.of(new VersionSummary.Author("a", "Ann")), null);
    private final VersionSummary second = new VersionSummary("v2", null, Instant.parse("2026-12-01T10:00:00Z"),
            List.of(new VersionSummary.Author("b", "Bob")), null);
    private final VersionSummary named = new VersionSummary("v3", "As presented",
            Instant.parse("2026-12-01T11:00:00Z"), List.of(new VersionSummary.Author("b", "Bob")), null);
    private DocumentView document;

    @BeforeEach
    void setUp() {
        fixture.addMember(workspace, editor, Role.MEMBER);
        fixture.addMember(workspace, observer, Role.OBSERVER);
        document = documents.create(workspace, "Master Agreement", DocumentKind.CONTRACT,
                List.of(new NewSection("Article 7: Hours", "Eight hours.")), editor);
        when(versions.list(eq(document.id()), any())).thenReturn(List.of(named, second, first));
        when(versions.compare(document.id(), "v1", "v2", editor)).thenReturn(new DocumentComparison("Master Agreement",
                "v1", "v2", List.of(new DocumentComparison.SectionChange(document.sections().getFirst().id(),
                "Article 7: Hours", "Article 7: Hours", Redline.between("Seven hours.", "Eight hours."), false,
                false))));
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void namedVersionsComeFirstInTheirOwnGroupThenEveryVersionNewestFirst() {
        DocumentHistoryPage page = open(editor);

        assertThat($(H2.class, page).all()).extracting(H2::getText)
                .startsWith("Named versions", "All versions");
        List<String> items = $(ListItem.class, page).all().stream().map(li -> li.getElement().getText()
                + $(Button.class, li).first().getText()).toList();
        assertThat(items.getFirst()).contains("As presented");
        assertThat(items).hasSize(4);
        assertThat(items.get(1)).contains("As presented");
        assertThat(items.get(2)).contains("1 Dec 2026, 10:00 UTC");
    }

    @Test
    void aChosenVersionShowsWhatChangedInItAndCanBeRestoredAfterConfirmation() {
        DocumentHistoryPage page = open(editor);

        test(versionButton(page, "1 Dec 2026, 10:00 UTC")).click();

        String shown = $(Div.class, page).withClassName("jointly-comparison").first().getElement().toString();
        assertThat(shown).contains("<del", "Seven", "<ins", "Eight", "deleted: ", "inserted: ");
        verify(versions, never()).restore(any(), any(), any());
        test($(Button.class).withText("Restore this version").first()).click();
        test($(Button.class).withText("Restore").first()).click();
        verify(versions).restore(document.id(), "v2", editor);
    }

    @Test
    void readersSeeTheHistoryButCannotNameOrRestore() {
        DocumentHistoryPage page = open(observer);
        when(versions.compare(document.id(), "v1", "v2", observer)).thenReturn(new DocumentComparison("T", "a", "b",
                List.of()));

        test(versionButton(page, "1 Dec 2026, 10:00 UTC")).click();

        assertThat($(Button.class, page).withText("Restore this version").all()).isEmpty();
        assertThat($(Button.class, page).withText("Name the current version").all()).isEmpty();
    }

    private Button versionButton(DocumentHistoryPage page, String text) {
        return $(Button.class, page).all().stream().filter(b -> b.getText().contains(text)).findFirst()
                .orElseThrow(() -> new AssertionError("No version " + text));
    }

    private DocumentHistoryPage open(UserId user) {
        signIn(user);
        DocumentHistoryPage page = new DocumentHistoryPage(documents, versions, mock(DocumentFiles.class),
                fixture.workspaceAccess(), new CurrentUser(SecurityContextHolder.getContextHolderStrategy()));
        assertThat(page.open(workspace.value(), document.id().value())).isTrue();
        UI.getCurrent().add(page);
        return page;
    }

    private static void signIn(UserId user) {
        JointlyPrincipal principal = new JointlyPrincipal(new AuthenticatedUser(user, "u" + user.value().substring(0, 4),
                "Test user", false), null);
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                principal, null, principal.getAuthorities()));
    }
}
