package app.jointly.plan.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.jointly.document.DocumentKind;
import app.jointly.document.DocumentService;
import app.jointly.document.DocumentView;
import app.jointly.document.NewSection;
import app.jointly.document.internal.DocumentTestFixture;
import app.jointly.identity.AuthenticatedUser;
import app.jointly.identity.CurrentUser;
import app.jointly.identity.JointlyPrincipal;
import app.jointly.plan.Measure;
import app.jointly.plan.MeasureStatus;
import app.jointly.plan.PlanMeasures;
import app.jointly.shared.UserId;
import app.jointly.shared.WorkspaceId;
import app.jointly.votetesting.InMemoryMongo;
import app.jointly.workspace.Role;
import com.vaadin.browserless.BrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

@ViewPackages(packages = "app.jointly.plan.ui")
class MeasuresPageTest extends BrowserlessTest {

    private final InMemoryMongo mongo = new InMemoryMongo();
    private final WorkspaceId workspace = WorkspaceId.newId();
    private final UserId editor = UserId.newId();
    private final DocumentTestFixture fixture = new DocumentTestFixture(Clock.systemUTC());
    private final DocumentService documents = fixture.service();

    @AfterEach
    void close() {
        SecurityContextHolder.clearContext();
        mongo.close();
    }

    @Test
    void anEditorAddsAMeasureAndRecordsProgress() {
        fixture.addMember(workspace, editor, Role.LEAD);
        signIn(editor);
        DocumentView plan = documents.create(workspace, "Conference Plan", DocumentKind.PLAN,
                List.of(new NewSection("Measures of success", "Retention.")), editor);
        DocumentView contract = documents.create(workspace, "Contract", DocumentKind.CONTRACT,
                List.of(new NewSection("Article 1", "Recognition.")), editor);
        PlanMeasures measures = planMeasures();
        MeasuresPage page = new MeasuresPage(documents, fixture.workspaceAccess(), measures,
                new CurrentUser(SecurityContextHolder.getContextHolderStrategy()));
        assertThat(page.open(workspace.value(), contract.id().value())).isFalse();
        assertThat(page.open(workspace.value(), plan.id().value())).isTrue();
        UI.getCurrent().add(page);

        test($(TextField.class, page).withLabel("Name").single()).setValue("Retention");
        test($(TextField.class, page).withLabel("Unit (optional, e.g. %)").single()).setValue("%");
        test($(NumberField.class, page).withLabel("Target (optional)").single()).setValue(90.0);
        test($(Button.class, page).withText("Add measure").single()).click();
        Measure added = measures.list(plan.id(), editor).get(0);
        assertThat(added.target()).isEqualTo(90.0);

        @SuppressWarnings("unchecked")
        ComboBox<Measure> which = $(ComboBox.class, page).withLabel("Measure").single();
        which.setValue(added);
        test($(NumberField.class, page).withLabel("Value (optional)").single()).setValue(83.0);
        @SuppressWarnings("unchecked")
        ComboBox<MeasureStatus> status = $(ComboBox.class, page).withLabel("Status (optional)").single();
        status.setValue(MeasureStatus.AT_RISK);
        test($(Button.class, page).withText("Record").single()).click();

        assertThat(measures.list(plan.id(), editor).get(0).progress()).singleElement()
                .satisfies(p -> {
                    assertThat(p.value()).isEqualTo(83.0);
                    assertThat(p.status()).isEqualTo(MeasureStatus.AT_RISK);
                });
    }

    private PlanMeasures planMeasures() {
        return app.jointly.plan.internal.PlanTesting.measures(documents, fixture.workspaceAccess(), mongo.template());
    }

    private static void signIn(UserId user) {
        JointlyPrincipal principal = new JointlyPrincipal(new AuthenticatedUser(user, "u" + user.value().substring(0, 4),
                "Test user", false), null);
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                principal, null, principal.getAuthorities()));
    }
}
