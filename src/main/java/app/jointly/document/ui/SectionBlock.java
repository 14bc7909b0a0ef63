package app.jointly.document.ui;

import app.jointly.document.SectionView;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/** One section on the document page: heading, rendered body and the actions an editor may take. */
class SectionBlock extends Section {

    /** What the page does when a section's action is chosen. */
    interface Actions {
        void edit(SectionBlock block);

        void move(SectionView section, int delta);

        void remove(SectionView section);

        /** The path of the real-time co-editor of this section (the collab module's page). */
        String liveEditorPath(SectionView section);

        /** The path of the bargaining table, where a locked article's change starts as a new proposal. */
        String bargainingTablePath();
    }

    private final SectionView section;
    private final Div body = new Div();
    private final H2 heading;
    private final HorizontalLayout toolbar;
    private Button up;
    private Button down;
    private Paragraph notice;

    SectionBlock(SectionView section, String safeHtml, int index, int count, boolean canEdit, Actions actions) {
        this.section = section;
        addClassName("jointly-section");
        setId("section-" + section.id().value());
        heading = new H2(section.heading());
        body.addClassName("jointly-prose");
        // The HTML comes from MarkdownRenderer, which sanitises it with an allow-list.
        body.getElement().setProperty("innerHTML", safeHtml);
        toolbar = new HorizontalLayout();
        toolbar.addClassName("jointly-section-actions");
        toolbar.setSpacing(false);
        // a tentative agreement's text can be read and followed, never edited or removed (only moved)
        boolean editsText = canEdit && !section.locked();
        Anchor live = new Anchor(actions.liveEditorPath(section), editsText ? "Edit together" : "Follow live");
        live.addClassName("jointly-section-live");
        live.getElement().setAttribute("aria-label", (editsText ? "Edit together: " : "Follow live: ")
                + section.heading());
        toolbar.add(live);
        if (editsText) {
            toolbar.add(action("Edit", VaadinIcon.EDIT, "Edit " + section.heading(), () -> actions.edit(this)));
        }
        if (canEdit) {
            up = action("Up", VaadinIcon.ARROW_UP, "Move " + section.heading() + " up",
                    () -> actions.move(section, -1));
            up.setEnabled(index > 0);
            down = action("Down", VaadinIcon.ARROW_DOWN, "Move " + section.heading() + " down",
                    () -> actions.move(section, 1));
            down.setEnabled(index < count - 1);
            toolbar.add(up, down);
        }
        if (editsText) {
            toolbar.add(action("Remove", VaadinIcon.TRASH, "Remove " + section.heading(),
                    () -> actions.remove(section)));
        }
        add(heading, toolbar);
        if (section.locked()) {
            notice = lockedNotice(actions.bargainingTablePath());
            add(notice);
        }
        add(body);
    }

    /** Says in words (not colour alone) why the text is read-only and where a change starts. */
    static Paragraph lockedNotice(String tablePath) {
        Paragraph notice = new Paragraph("Tentative agreement: this article's text was signed by every party's "
                + "lead and is locked. To change it, draft a new proposal for it at the ");
        notice.add(new Anchor(tablePath, "bargaining table"), new Text("."));
        notice.addClassName("jointly-locked-notice");
        notice.getElement().setAttribute("role", "note");
        return notice;
    }

    /** After a move re-rendered the page, keeps keyboard focus on the button that was pressed (or its twin). */
    void focusMove(int delta) {
        Button preferred = delta < 0 ? up : down;
        Button other = delta < 0 ? down : up;
        if (preferred != null && preferred.isEnabled()) {
            preferred.focus();
        } else if (other != null) {
            other.focus();
        }
    }

    SectionView section() {
        return section;
    }

    /** Swaps the rendered body for the editor (and back with {@link #showBody()}). */
    void showEditor(SectionEditor editor) {
        removeAll();
        add(editor);
        editor.focusText();
    }

    void showBody() {
        removeAll();
        add(heading, toolbar);
        if (notice != null) {
            add(notice);
        }
        add(body);
    }

    private static Button action(String text, VaadinIcon icon, String label, Runnable run) {
        Button button = new Button(text, icon.create(), click -> run.run());
        button.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
        button.setAriaLabel(label);
        return button;
    }
}
