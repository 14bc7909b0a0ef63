package app.jointly.identity.ui;

import app.jointly.identity.AuthenticatedUser;
import app.jointly.identity.CurrentUser;
import app.jointly.identity.NewUser;
import app.jointly.identity.UserService;
import app.jointly.identity.UserView;
import app.jointly.ui.MainLayout;
import app.jointly.ui.Notifications;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** Administrators create the accounts people sign in with. */
@Route(value = "admin/accounts", layout = MainLayout.class)
@PageTitle("Accounts")
@Menu(title = "Accounts (admin)", order = 95)
@RolesAllowed("ADMIN")
class AccountsAdminView extends Div {

    private final UserService users;
    private final AuthenticatedUser me;
    private final Grid<UserView> grid = new Grid<>();

    AccountsAdminView(UserService users, CurrentUser currentUser) {
        this.users = users;
        this.me = currentUser.require();
        addClassName("jointly-page");
        grid.addColumn(UserView::username).setHeader("Username");
        grid.addColumn(UserView::displayName).setHeader("Name").setFlexGrow(2);
        grid.addColumn(u -> u.admin() ? "administrator" : "").setHeader("Administrator");
        grid.addColumn(UserView::createdAt).setHeader("Created");
        add(new H2("New account"), form(), new H2("All accounts"), grid);
        refresh();
    }

    private HorizontalLayout form() {
        TextField username = new TextField("Username");
        username.setMaxLength(40);
        TextField displayName = new TextField("Display name");
        displayName.setMaxLength(80);
        PasswordField password = new PasswordField("Initial password");
        password.setHelperText("At least 10 characters; tell it to the person privately");
        Checkbox admin = new Checkbox("Administrator");
        Button create = new Button("Create account", e -> {
            if (Notifications.attempt(() -> users.create(me, new NewUser(username.getValue(), password.getValue(),
                    displayName.getValue(), admin.getValue())))) {
                Notifications.success("Account " + username.getValue() + " created.");
                username.clear();
                displayName.clear();
                password.clear();
                admin.clear();
                refresh();
            }
        });
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout row = new HorizontalLayout(username, displayName, password, admin, create);
        row.setWrap(true);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        return row;
    }

    private void refresh() {
        grid.setItems(users.listAll(me));
    }

}
