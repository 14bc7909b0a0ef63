package app.jointly.share.ui;

import app.jointly.share.IssuedShareLink;
import app.jointly.share.NewShareLink;
import app.jointly.share.ShareLimits;
import app.jointly.share.ShareLink;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Making a link (expiry, feedback on or off), showing its address once, and the list of links with revoke. A
 * refused change arrives as a null link (the page has told the member why).
 */
class ShareLinksPanel extends Div {

    private final Clock clock;
    private final String baseUrl;
    private final Div issued = new Div();
    private final UnorderedList list = new UnorderedList();
    private final Consumer<ShareLink> revoke;
    private final boolean canEdit;

    ShareLinksPanel(boolean canEdit, Clock clock, String baseUrl, Function<NewShareLink, IssuedShareLink> create,
                    Consumer<ShareLink> revoke) {
        this.clock = clock;
        this.baseUrl = baseUrl;
        this.revoke = revoke;
        this.canEdit = canEdit;
        addClassName("jointly-share-links");
        add(new H2("Presentation links"));
        add(new Paragraph("Anyone with a link can read this document, without an account, until it expires or "
                + "you revoke it. They see the document only: nothing else of the workspace."));
        if (canEdit) {
            add(form(create));
        }
        issued.getElement().setAttribute("role", "status");
        list.addClassName("jointly-share-list");
        add(issued, list);
    }

    private Div form(Function<NewShareLink, IssuedShareLink> create) {
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        DatePicker expires = new DatePicker("Expires on");
        expires.setMin(today.plusDays(1));
        expires.setMax(today.plusDays(ShareLimits.MAX_LIFETIME.toDays() - 1));
        expires.setValue(today.plusDays(ShareLimits.DEFAULT_LIFETIME.toDays()));
        Checkbox feedback = new Checkbox("Visitors may leave feedback", true);
        Button make = new Button("Create link", click -> {
            LocalDate day = expires.getValue() == null ? today.plusDays(ShareLimits.DEFAULT_LIFETIME.toDays())
                    : expires.getValue();
            IssuedShareLink link = create.apply(new NewShareLink(day.plusDays(1).atStartOfDay()
                    .toInstant(ZoneOffset.UTC), null, feedback.getValue()));
            if (link != null) {
                showIssued(link);
            }
        });
        make.addThemeVariants(ButtonVariant.PRIMARY);
        Div form = new Div(expires, feedback, make);
        form.addClassName("jointly-share-form");
        return form;
    }

    private void showIssued(IssuedShareLink link) {
        issued.removeAll();
        TextField address = new TextField("New link");
        address.setReadOnly(true);
        address.setWidthFull();
        address.setValue(baseUrl + link.path());
        address.addClassName("jointly-issued-link");
        issued.add(address, new Anchor(link.path(), "Open the presentation", AnchorTarget.BLANK),
                new Paragraph("Copy it now: Jointly keeps only a fingerprint of it and cannot show it again."));
    }

    void showLinks(List<ShareLink> links) {
        list.removeAll();
        Instant now = clock.instant();
        if (links.isEmpty()) {
            list.add(new ListItem("No links yet."));
        }
        for (ShareLink link : links) {
            String state = link.revokedAt() != null ? "revoked" : link.activeAt(now) ? "active" : "expired";
            ListItem item = new ListItem(new Span("Made " + day(link.createdAt()) + ", expires "
                    + day(link.expiresAt()) + " · feedback " + (link.feedback() ? "on" : "off") + " · " + state));
            item.getElement().setAttribute("data-state", state);
            if (canEdit && link.activeAt(now)) {
                Button revokeButton = new Button("Revoke", click -> revoke.accept(link));
                revokeButton.addThemeVariants(ButtonVariant.ERROR, ButtonVariant.TERTIARY);
                item.add(revokeButton);
            }
            list.add(item);
        }
    }

    private static String day(Instant instant) {
        return instant.atZone(ZoneOffset.UTC).toLocalDate().toString();
    }
}
