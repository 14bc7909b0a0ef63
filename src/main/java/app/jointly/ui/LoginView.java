package app.jointly.ui;

import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;

/** Sign-in page; Spring Security checks the form post at /login (with failed attempts throttled). */
@CssImport("./styles/jointly.css")
@PageTitle("Sign in · Jointly")
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver {

    private final AuthenticationContext authentication;
    private final LoginForm login = new LoginForm();

    LoginView(AuthenticationContext authentication) {
        this.authentication = authentication;
        login.setAction("login");
        login.setForgotPasswordButtonVisible(false);
        addClassName("jointly-login");
        H1 brand = new H1("Jointly");
        Paragraph tagline = new Paragraph("Draft, negotiate and decide together.");
        add(brand, tagline, login);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (authentication.isAuthenticated()) {
            event.forwardTo("");
            return;
        }
        var parameters = event.getLocation().getQueryParameters().getParameters();
        if (parameters.containsKey("throttled")) {
            login.setI18n(message("Too many attempts", "Too many failed sign-ins. Wait a few minutes, then try again."));
            login.setError(true);
        } else if (parameters.containsKey("error")) {
            login.setI18n(message("Not signed in", "Check your username and password and try again."));
            login.setError(true);
        }
    }

    private static LoginI18n message(String title, String text) {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.ErrorMessage error = new LoginI18n.ErrorMessage();
        error.setTitle(title);
        error.setMessage(text);
        i18n.setErrorMessage(error);
        return i18n;
    }
}
