package app.jointly.document.ui;

import app.jointly.document.VersionSummary;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/** The versions of a document: named ones in their own group on top, then every version, newest first. */
class VersionList extends Div {

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    VersionList(List<VersionSummary> versions, String selected, Consumer<VersionSummary> onSelect) {
        addClassName("jointly-version-list");
        List<VersionSummary> named = versions.stream().filter(VersionSummary::named).toList();
        if (!named.isEmpty()) {
            add(new H2("Named versions"), list(named, selected, onSelect));
        }
        add(new H2("All versions"), list(versions, selected, onSelect));
    }

    private static UnorderedList list(List<VersionSummary> versions, String selected,
                                      Consumer<VersionSummary> onSelect) {
        UnorderedList list = new UnorderedList();
        for (VersionSummary version : versions) {
            Button open = new Button(title(version), click -> onSelect.accept(version));
            open.addClassName("jointly-version-button");
            open.addThemeVariants(ButtonVariant.TERTIARY);
            Span who = new Span(version.authors().stream().map(VersionSummary.Author::name)
                    .collect(Collectors.joining(", ")));
            who.addClassName("jointly-version-authors");
            ListItem item = new ListItem(open, who);
            if (version.restoredFrom() != null) {
                item.add(new Span(" (restored an earlier version)"));
            }
            if (version.id().equals(selected)) {
                item.addClassName("selected");
                open.getElement().setAttribute("aria-current", "true");
            }
            list.add(item);
        }
        return list;
    }

    static String title(VersionSummary version) {
        String time = TIME.format(version.createdAt());
        return version.named() ? version.name() + " · " + time : time;
    }
}
