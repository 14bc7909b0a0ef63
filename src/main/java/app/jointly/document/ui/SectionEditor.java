package app.jointly.document.ui;

import app.jointly.document.DocumentLimits;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/**
 * The editor of one section: a heading field and a plain Markdown text area that saves on request. Kept in one small
 * class on purpose: the real-time co-editor replaces it.
 */
class SectionEditor extends Div {

    /** Receives the edited heading and text. */
    interface SaveHandler {
        void save(String heading, String markdown);
    }

    private final TextField heading = new TextField("Heading");
    private final TextArea text = new TextArea("Text (Markdown)");

    SectionEditor(String currentHeading, String currentMarkdown, SaveHandler onSave, Runnable onCancel) {
        addClassName("jointly-section-editor");
        heading.setValue(currentHeading);
        heading.setMaxLength(DocumentLimits.MAX_HEADING);
        heading.setRequired(true);
        heading.setWidthFull();
        text.setValue(currentMarkdown);
        text.setMaxLength(DocumentLimits.MAX_SECTION_BODY);
        text.setWidthFull();
        text.setMinHeight("16em");
        text.setHelperText("Markdown: **bold**, *italic*, lists, | tables |, footnotes[^1]. Ctrl+Enter saves.");
        Button save = new Button("Save", click -> onSave.save(heading.getValue(), text.getValue()));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickShortcut(Key.ENTER, KeyModifier.CONTROL).listenOn(this);
        Button cancel = new Button("Cancel", click -> onCancel.run());
        cancel.addClickShortcut(Key.ESCAPE).listenOn(this);
        add(heading, text, new HorizontalLayout(save, cancel));
    }

    void focusText() {
        text.focus();
    }
}
