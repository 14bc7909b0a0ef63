package app.jointly.document.ui;

import app.jointly.document.DocumentView;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/** The top of a document page: where it belongs, its kind, title and version, and the document-wide actions. */
class DocumentHeader extends Header {

    DocumentHeader(DocumentView view, boolean canEdit, Runnable rename, Runnable addSection) {
        addClassName("jointly-document-header");
        Span kind = new Span(view.kind().label());
        kind.addClassName("jointly-kind");
        Span version = new Span("Version " + view.version());
        version.addClassName("jointly-version");
        Div meta = new Div(kind, version);
        meta.addClassName("jointly-document-meta");
        add(meta, new H1(view.title()));
        if (canEdit) {
            Button renameButton = new Button("Rename", VaadinIcon.PENCIL.create(), click -> rename.run());
            Button addButton = new Button("Add section", VaadinIcon.PLUS.create(), click -> addSection.run());
            HorizontalLayout actions = new HorizontalLayout(renameButton, addButton);
            actions.addClassName("jointly-document-actions");
            add(actions);
        }
    }
}
