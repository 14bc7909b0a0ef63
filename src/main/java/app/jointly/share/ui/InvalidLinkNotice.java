package app.jointly.share.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;

/** What someone sees for a revoked, expired or unknown link: the plain fact, and nothing else. */
class InvalidLinkNotice extends Main {

    InvalidLinkNotice() {
        addClassName("jointly-invalid-link");
        add(new H1("This link is not valid"),
                new Paragraph("It may have expired or been revoked. Ask the person who shared it with you for a new one."));
    }
}
