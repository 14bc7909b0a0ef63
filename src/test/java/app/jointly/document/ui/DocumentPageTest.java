package app.jointly.document.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.jointly.document.DocumentFiles;
import app.jointly.document.DocumentKind;
import app.jointly.document.DocumentService;
import app.jointly.document.DocumentView;
import app.jointly.document.NewSection;
import app.jointly.document.SectionTextReplaced;
import app.jointly.document.SectionView;
import app.jointly.document.internal.DocumentTestFixture;
import app.jointly.document.internal.MarkdownRenderer;
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
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

@ViewPackages(packages = "app.jointly.document.ui")
class DocumentPageTest extends BrowserlessTest {

    private final WorkspaceId workspace = WorkspaceId.newId();
    private final UserId editor = UserId.newId();
    private final UserId other = UserId.newId();
    private final DocumentTestFixture fixture = new DocumentTestFixture(Clock.systemUTC());
    private final DocumentService documents = fixture.service();
    private DocumentView document;
    private DocumentPage page;

    @BeforeEach
    void signInAndOpen() {
        fixture.addMember(workspace, editor, Role.MEMBER);
        fixture.addMember(workspace, other, Role.LEAD);
        signIn(editor);
        document = documents.create(workspace, "Master Agreement", DocumentKind.CONTRACT, List.of(
                new NewSection("Article 1: Recognition", "The Board **recognises** the Association."),
                new NewSection("Article 12: Teacher Evaluation", "<script>alert(1)</script> Multiple measures.")),
                editor);
        page = new DocumentPage(documents, org.mockito.Mockito.mock(DocumentFiles.class), fixture.workspaceAccess(),
                new MarkdownRenderer(), new CurrentUser(org.springframework.security.core.context.SecurityContextHolder.getContextHolderStrategy()),
                new LiveUpdates(), supplements());
        assertThat(page.open(workspace.value(), document.id().value())).isTrue();
        UI.getCurrent().add(page);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void showsTheSectionsAsSanitisedHtmlWithATableOfContents() {
        List<Div> bodies = $(Div.class, page).withClassName("jointly-prose").all();

        assertThat(bodies).hasSize(2);
        assertThat(bodies.get(0).getElement().getProperty("innerHTML")).contains("<strong>recognises</strong>");
        assertThat(bodies.get(1).getElement().getProperty("innerHTML")).doesNotContain("<script")
                .contains("&lt;script&gt;");
        assertThat($(Button.class, page).withText("Article 12: Teacher Evaluation").all()).hasSize(1);
    }

    @Test
    void showsWhatOtherModulesSupplyUnderASectionAndLinksToSharing() {
        DocumentPage withChart = new DocumentPage(documents, org.mockito.Mockito.mock(DocumentFiles.class),
                fixture.workspaceAccess(), new MarkdownRenderer(),
                new CurrentUser(SecurityContextHolder.getContextHolderStrategy()), new LiveUpdates(),
                supplements((doc, section) -> section.heading().startsWith("Article 12")
                        ? java.util.Optional.of("<svg class=\"chart\"></svg>") : java.util.Optional.empty()));
        assertThat(withChart.open(workspace.value(), document.id().value())).isTrue();

        List<com.vaadin.flow.component.Html> supplied = $(com.vaadin.flow.component.Html.class, withChart).all();
        assertThat(supplied).hasSize(1);
        assertThat(supplied.get(0).getElement().getClassList()).contains("jointly-supplement");
        assertThat(supplied.get(0).getInnerHtml()).contains("<svg class=\"chart\">");
        assertThat($(com.vaadin.flow.component.html.Anchor.class, page).withText("Share and visitor feedback")
                .single().getHref()).endsWith("/documents/" + document.id().value() + "/share");
    }

    private static org.springframework.beans.factory.ObjectProvider<app.jointly.document.SectionSupplement> supplements(
            app.jointly.document.SectionSupplement... supplied) {
        org.springframework.beans.factory.support.StaticListableBeanFactory beans =
                new org.springframework.beans.factory.support.StaticListableBeanFactory();
        for (int i = 0; i < supplied.length; i++) {
            beans.addBean("supplement" + i, supplied[i]);
        }
        return beans.getBeanProvider(app.jointly.document.SectionSupplement.class);
    }

    @Test
    void offersTheDocumentForExportInEveryFormat() {
        List<com.vaadin.flow.component.html.Anchor> links = $(com.vaadin.flow.component.html.Anchor.class, page)
                .all().stream().filter(a -> a.getElement().hasAttribute("aria-label")
                        && a.getElement().getAttribute("aria-label").startsWith("Export as")).toList();

        assertThat(links).extracting(com.vaadin.flow.component.html.Anchor::getText)
                .containsExactly("Word", "PDF", "Markdown", "HTML");
        assertThat(links).allMatch(a -> a.getElement().hasAttribute("download"));
    }

    @Test
    void movesASectionDown() {
        test(button("Move Article 1: Recognition down")).click();

        assertThat(headings(documents.get(document.id(), editor)))
                .containsExactly("Article 12: Teacher Evaluation", "Article 1: Recognition");
    }

    @Test
    void aStaleMoveIsRefusedWithAReloadOffer() {
        documents.rename(document.id(), "Renamed elsewhere", document.version(), other);

        test(button("Move Article 1: Recognition down")).click();

        assertThat(headings(documents.get(document.id(), editor)))
                .containsExactly("Article 1: Recognition", "Article 12: Teacher Evaluation");
        Notification refusal = $(Notification.class).last();
        assertThat(refusal.getElement().getTextRecursively()).contains("Reload");
        assertThat($(Button.class, refusal).withText("Reload").all()).hasSize(1);
    }

    @Test
    void editsASectionInThePlainEditor() {
        test(button("Edit Article 12: Teacher Evaluation")).click();
        test($(TextArea.class, page).first()).setValue("Evaluation is *annual*.");
        test($(Button.class, page).withText("Save").first()).click();

        assertThat(documents.get(document.id(), editor).sections().get(1).markdown())
                .isEqualTo("Evaluation is *annual*.");
        assertThat($(Div.class, page).withClassName("jointly-prose").all().get(1).getElement()
                .getProperty("innerHTML")).contains("<em>annual</em>");
    }

    @Test
    void renamingAHeadingKeepsWhatOthersCoEditedMeanwhile() {
        SectionView evaluation = document.sections().get(1);
        fixture.setLiveText(evaluation.id(), "Typed live by the first editor.");
        page.open(workspace.value(), document.id().value());
        test(button("Edit Article 12: Teacher Evaluation")).click();
        fixture.setLiveText(evaluation.id(), "Typed live by the first editor, and more by a second.");

        test($(TextField.class, page).first()).setValue("Article 12: Evaluation");
        test($(Button.class, page).withText("Save").first()).click();

        SectionView saved = documents.get(document.id(), editor).sections().get(1);
        assertThat(saved.heading()).isEqualTo("Article 12: Evaluation");
        assertThat(saved.markdown()).isEqualTo("Typed live by the first editor, and more by a second.");
        assertThat(fixture.events()).noneMatch(SectionTextReplaced.class::isInstance);
    }

    @Test
    void aBodyEditOverLiveChangesIsRefused() {
        SectionView evaluation = document.sections().get(1);
        test(button("Edit Article 12: Teacher Evaluation")).click();
        fixture.setLiveText(evaluation.id(), "Typed live meanwhile.");

        test($(TextArea.class, page).first()).setValue("My plain edit.");
        test($(Button.class, page).withText("Save").first()).click();

        assertThat(documents.get(document.id(), editor).sections().get(1).markdown())
                .isEqualTo("Typed live meanwhile.");
        assertThat(fixture.events()).noneMatch(SectionTextReplaced.class::isInstance);
        assertThat($(Notification.class).last().getElement().getTextRecursively())
                .contains("Someone else changed this section");
    }

    @Test
    void aLockedArticleIsReadOnlyAndSaysWhereAChangeStarts() {
        SectionView article12 = document.sections().get(1);
        fixture.directory().replaceAgreedText(article12.id(), "Agreed words.", other, "proposal-7");
        assertThat(page.open(workspace.value(), document.id().value())).isTrue();

        List<Paragraph> notices = $(Paragraph.class, page).withClassName("jointly-locked-notice").all();
        assertThat(notices).singleElement().satisfies(notice -> {
            assertThat(notice.getElement().getTextRecursively()).contains("Tentative agreement")
                    .contains("draft a new proposal");
            assertThat(notice.getElement().getChild(1).getAttribute("href"))
                    .isEqualTo("workspaces/" + workspace.value() + "/table");
        });
        assertThat(labels()).doesNotContain("Edit Article 12: Teacher Evaluation",
                "Remove Article 12: Teacher Evaluation").contains("Edit Article 1: Recognition",
                "Move Article 12: Teacher Evaluation up");
        assertThat($(Anchor.class, page).all()).extracting(Anchor::getText).contains("Follow live");
    }

    private List<String> labels() {
        return $(Button.class, page).all().stream().map(b -> b.getElement().getAttribute("aria-label")).toList();
    }

    @Test
    void strangersAndWrongWorkspacesSeeNothing() {
        DocumentPage elsewhere = new DocumentPage(documents, org.mockito.Mockito.mock(DocumentFiles.class), fixture.workspaceAccess(),
                new MarkdownRenderer(),
                new CurrentUser(org.springframework.security.core.context.SecurityContextHolder.getContextHolderStrategy()), new LiveUpdates(),
                supplements());
        assertThat(elsewhere.open(WorkspaceId.newId().value(), document.id().value())).isFalse();
        signIn(UserId.newId());
        assertThat(elsewhere.open(workspace.value(), document.id().value())).isFalse();
        assertThat(elsewhere.open(workspace.value(), "not a valid id!")).isFalse();
    }

    private Button button(String ariaLabel) {
        return $(Button.class, page).all().stream()
                .filter(b -> ariaLabel.equals(b.getElement().getAttribute("aria-label")))
                .findFirst().orElseThrow(() -> new AssertionError("No button " + ariaLabel));
    }

    private static List<String> headings(DocumentView view) {
        return view.sections().stream().map(SectionView::heading).toList();
    }

    private static void signIn(UserId user) {
        JointlyPrincipal principal = new JointlyPrincipal(new AuthenticatedUser(user, "u" + user.value().substring(0, 4),
                "Test user", false), null);
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                principal, null, principal.getAuthorities()));
    }
}
