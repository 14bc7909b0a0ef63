package app.jointly.identity.ui;

import app.jointly.identity.ApiTokenService;
import app.jointly.identity.ApiTokenView;
import app.jointly.identity.AuthenticatedUser;
import app.jointly.identity.CurrentUser;
import app.jointly.identity.IssuedToken;
import app.jointly.identity.UserService;
import app.jointly.ui.MainLayout;
import app.jointly.ui.Notifications;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/** Your own account: password and API tokens. */
@Route(value = "account", layout = MainLayout.class)
@PageTitle("Your account")
@Menu(title = "Account", order = 90)
@PermitAll
class AccountView extends Div {

    private final ApiTokenService tokens;
    private final AuthenticatedUser me;
    private final Grid<ApiTokenView> tokenGrid = new Grid<>();
    private final Div issued = new Div();

    AccountView(UserService users, ApiTokenService tokens, CurrentUser currentUser) {
        this.tokens = tokens;
        this.me = currentUser.require();
        addClassName("jointly-page");
        add(new H2(me.displayName() + " (" + me.username() + ")"));
        add(new H2("Change password"), passwordForm(users));
        add(new H2("API tokens"), new Paragraph("Tokens let scripts and other tools use the REST API and the "
                + "collaboration socket as you. Treat them like passwords."), tokenForm(), issued, tokenGrid);
        tokenGrid.addColumn(ApiTokenView::name).setHeader("Name");
        tokenGrid.addColumn(t -> t.prefix() + "…").setHeader("Starts with");
        tokenGrid.addColumn(ApiTokenView::createdAt).setHeader("Created");
        tokenGrid.addComponentColumn(t -> {
            Button revoke = new Button("Revoke", e -> Notifications.attempt(() -> {
                tokens.revoke(me.id(), t.id());
                refreshTokens();
                Notifications.success("Token revoked.");
            }));
            revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            revoke.setAriaLabel("Revoke token " + t.name());
            return revoke;
        });
        tokenGrid.setAllRowsVisible(true);
        refreshTokens();
    }

    private Div passwordForm(UserService users) {
        PasswordField current = new PasswordField("Current password");
        PasswordField next = new PasswordField("New password");
        next.setHelperText("At least 10 characters");
        PasswordField repeat = new PasswordField("Repeat new password");
        Button change = new Button("Change password", e -> {
            if (!next.getValue().equals(repeat.getValue())) {
                Notifications.error("The two new passwords differ.");
                return;
            }
            if (Notifications.attempt(() -> users.changePassword(me.id(), current.getValue(), next.getValue()))) {
                current.clear();
                next.clear();
                repeat.clear();
                Notifications.success("Password changed.");
            }
        });
        change.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout row = new HorizontalLayout(current, next, repeat, change);
        row.setWrap(true);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        return new Div(row);
    }

    private HorizontalLayout tokenForm() {
        TextField name = new TextField("Token name");
        name.setMaxLength(80);
        name.setPlaceholder("e.g. minutes importer");
        Button create = new Button("Create token", e -> Notifications.attempt(() -> {
            IssuedToken token = tokens.issue(me.id(), name.getValue());
            issued.removeAll();
            Pre secret = new Pre(token.secret());
            secret.addClassName("jointly-token-secret");
            issued.add(new Paragraph("Copy this token now; it is not shown again:"), secret);
            name.clear();
            refreshTokens();
        }));
        HorizontalLayout row = new HorizontalLayout(name, create);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        return row;
    }

    private void refreshTokens() {
        tokenGrid.setItems(tokens.list(me.id()));
    }
}
