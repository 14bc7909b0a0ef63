package app.jointly.ui;

import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;

/**
 * The frame around every signed-in view: a drawer with the menu (built from {@code @Menu} annotations, so this
 * class knows no feature), the page title and the account actions.
 */
@CssImport("./styles/jointly.css")
@PermitAll
public final class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final H1 title = new H1();

    MainLayout(AuthenticationContext authentication) {
        setPrimarySection(Section.DRAWER);
        title.addClassName("jointly-view-title");
        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel("Menu");
        addToNavbar(toggle, title);

        Span brand = new Span("Jointly");
        brand.addClassName("jointly-brand");
        SideNav nav = new SideNav();
        MenuConfiguration.getMenuEntries().forEach(entry -> nav.addItem(new SideNavItem(entry.title(), entry.path())));

        String name = authentication.getPrincipalName().orElse("");
        Span who = new Span("Signed in as " + name);
        who.addClassName("jointly-who");
        Button signOut = new Button("Sign out", VaadinIcon.SIGN_OUT.create(), e -> authentication.logout());
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Anchor apiDocs = new Anchor("/api/v1/docs", "REST API");
        apiDocs.setRouterIgnore(true);
        Div footer = new Div(who, signOut, apiDocs);
        footer.addClassName("jointly-drawer-footer");
        addToDrawer(brand, new Scroller(nav), footer);
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        Component content = getContent();
        if (content instanceof HasDynamicTitle dynamic) {
            title.setText(dynamic.getPageTitle());
        } else if (content != null && content.getClass().isAnnotationPresent(PageTitle.class)) {
            title.setText(content.getClass().getAnnotation(PageTitle.class).value());
        } else {
            title.setText("");
        }
    }
}
