package app.jointly.document.ui;

import app.jointly.document.DocumentView;
import app.jointly.document.SectionView;
import app.jointly.shared.SectionId;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.OrderedList;
import java.util.function.Consumer;

/** The sections as a list of buttons that scroll to them (shown beside the text on wide screens). */
class TableOfContents extends Nav {

    TableOfContents(DocumentView view, Consumer<SectionId> scrollTo) {
        getElement().setAttribute("aria-label", "Sections");
        H2 title = new H2("Contents");
        title.addClassName("jointly-toc-title");
        OrderedList list = new OrderedList();
        for (SectionView section : view.sections()) {
            Button link = new Button(section.heading(), click -> scrollTo.accept(section.id()));
            link.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
            list.add(new ListItem(link));
        }
        add(title, list);
    }
}
