package app.jointly.share.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import app.jointly.document.DocumentKind;
import app.jointly.share.LinkNotValidException;
import app.jointly.share.NewVisitorComment;
import app.jointly.share.PublicShares;
import app.jointly.share.SharedDocument;
import app.jointly.share.SharedSection;
import com.vaadin.browserless.BrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

@ViewPackages(packages = "app.jointly.share.ui")
class PresentViewTest extends BrowserlessTest {

    private static final String TOKEN = "t".repeat(43);

    private final PublicShares shares = mock(PublicShares.class);
    private final PresentView view = new PresentView(shares);

    private SharedDocument plan(boolean feedback) {
        return new SharedDocument("Conference Plan", DocumentKind.PLAN, null, List.of(
                new SharedSection("s1", "Problem", "Too much **excellence**.", "<p>Too much <strong>excellence</strong>.</p>", null),
                new SharedSection("s2", "Goals", "Teams everywhere.", "<p>Teams everywhere.</p>", null),
                new SharedSection("s3", "Measures of success", "| a |", "<p>table</p>", "<svg><text>Retention</text></svg>")),
                feedback);
    }

    private void open(boolean feedback) {
        when(shares.open(TOKEN)).thenReturn(plan(feedback));
        view.show(TOKEN, "192.0.2.7");
        UI.getCurrent().add(view);
    }

    @Test
    void presentsOneSectionAtATimeAndPagesWithTheButtonsAndKeys() {
        open(false);
        assertThat($(H1.class, view).single().getText()).isEqualTo("Conference Plan");
        assertThat($(H2.class, view).all()).extracting(H2::getText).containsExactly("Problem");
        assertThat(position()).isEqualTo("1 of 3");
        assertThat(button("Previous").isEnabled()).isFalse();

        test(button("Next")).click();
        assertThat($(H2.class, view).all()).extracting(H2::getText).containsExactly("Goals");
        view.go("last");
        assertThat($(H2.class, view).all()).extracting(H2::getText).containsExactly("Measures of success");
        assertThat(button("Next").isEnabled()).isFalse();
        assertThat(view.getElement().toString()).contains("<svg>");
        view.go("next");
        assertThat(position()).isEqualTo("3 of 3");
        view.go("first");
        assertThat(position()).isEqualTo("1 of 3");
    }

    @Test
    void theWholeDocumentShowsEverySectionAndTheKeysThenDoNothing() {
        open(false);
        test(button("Whole document")).click();
        assertThat($(H2.class, view).all()).extracting(H2::getText)
                .containsExactly("Problem", "Goals", "Measures of success");
        view.go("next");
        assertThat($(H2.class, view).all()).hasSize(3);
        assertThat($(Button.class, view).withText("Comment on this section").all()).isEmpty();
    }

    @Test
    void anInvalidLinkShowsOnlyThePlainNotice() {
        when(shares.open(TOKEN)).thenThrow(new LinkNotValidException());
        view.show(TOKEN, "192.0.2.7");
        UI.getCurrent().add(view);
        assertThat($(H1.class, view).single().getText()).isEqualTo("This link is not valid");
        assertThat($(H2.class, view).all()).isEmpty();
        assertThat(view.getPageTitle()).isEqualTo("Link not valid");
    }

    @Test
    void aVisitorLeavesFeedbackOnAPassage() {
        open(true);
        test(button("Comment on this section")).click();
        test($(TextField.class, view).withLabel("Your name").single()).setValue("Pat Visitor");
        test($(TextField.class, view).withLabel("Organisation (optional)").single()).setValue("DPS");
        test($(TextField.class, view).withLabel("The words you comment on (optional)").single())
                .setValue("much excellence");
        test($(TextArea.class, view).withLabel("Your comment").single()).setValue("Love it.");
        test(button("Send feedback")).click();

        ArgumentCaptor<NewVisitorComment> sent = ArgumentCaptor.forClass(NewVisitorComment.class);
        verify(shares).comment(eq(TOKEN), sent.capture(), eq("192.0.2.7"));
        assertThat(sent.getValue()).isEqualTo(new NewVisitorComment("Pat Visitor", "DPS", "Love it.", "s1", 4, 21));
        assertThat($(Paragraph.class, view).all()).extracting(Paragraph::getText)
                .contains("Thank you: your feedback was sent to the team.");
    }

    @Test
    void wordsNotInTheSectionAreNotSent() {
        open(true);
        test(button("Comment on this section")).click();
        test($(TextField.class, view).withLabel("The words you comment on (optional)").single())
                .setValue("not there");
        test(button("Send feedback")).click();
        verify(shares, org.mockito.Mockito.never()).comment(any(), any(), any());
    }

    private Button button(String text) {
        return $(Button.class, view).withText(text).single();
    }

    private String position() {
        return $(Span.class, view).all().stream().map(Span::getText).filter(t -> t.contains(" of ")).findFirst()
                .orElseThrow();
    }
}
