package app.jointly.document.ui;

import app.jointly.document.AgreedTextReleased;
import app.jointly.document.DocumentFiles;
import app.jointly.document.DocumentService;
import app.jointly.document.DocumentView;
import app.jointly.document.DocumentChanged;
import app.jointly.document.NewSection;
import app.jointly.document.SectionSupplement;
import app.jointly.document.SectionTextReplaced;
import app.jointly.document.SectionView;
import app.jointly.document.internal.MarkdownRenderer;
import app.jointly.identity.CurrentUser;
import app.jointly.shared.ConflictException;
import app.jointly.shared.DocumentId;
import app.jointly.shared.JointlyException;
import app.jointly.shared.SectionId;
import app.jointly.shared.UserId;
import app.jointly.ui.LiveUpdates;
import app.jointly.ui.MainLayout;
import app.jointly.ui.WorkspaceTabs;
import app.jointly.workspace.WorkspaceAccess;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.springframework.beans.factory.ObjectProvider;

/**
 * A document to read and edit: the sections rendered as sanitised HTML in a readable column, a table of contents on
 * wide screens, and per-section editing, moving and removal for members who may edit.
 */
@Route(value = "workspaces/:workspaceId/documents/:documentId", layout = MainLayout.class)
@PermitAll
@CssImport("./styles/document.css")
class DocumentPage extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final DocumentService documents;
    private final DocumentFiles files;
    private final WorkspaceAccess workspaces;
    private final MarkdownRenderer markdown;
    private final CurrentUser currentUser;
    private final LiveUpdates live;
    private final List<SectionSupplement> supplements;
    private final Div toc = new Div();
    private final Div main = new Div();
    private final Div tabs = new Div();
    private volatile DocumentView view;
    private boolean canEdit;
    private int openEditors;

    DocumentPage(DocumentService documents, DocumentFiles files, WorkspaceAccess workspaces,
                 MarkdownRenderer markdown, CurrentUser currentUser, LiveUpdates live,
                 ObjectProvider<SectionSupplement> supplements) {
        this.documents = documents;
        this.supplements = supplements.orderedStream().toList();
        this.files = files;
        this.workspaces = workspaces;
        this.markdown = markdown;
        this.currentUser = currentUser;
        this.live = live;
        toc.addClassName("jointly-toc");
        main.addClassName("jointly-document");
        Div columns = new Div(toc, main);
        columns.addClassName("jointly-document-page");
        tabs.addClassName("jointly-document-tabs");
        add(tabs, columns);
        live.subscribe(this, DocumentChanged.class, e -> shows(e.documentId()), e -> changedElsewhere(e.version()));
        live.subscribe(this, SectionTextReplaced.class, e -> shows(e.documentId()),
                e -> changedElsewhere(e.documentVersion()));
        live.subscribe(this, AgreedTextReleased.class, e -> shows(e.documentId()),
                e -> changedElsewhere(e.documentVersion()));
    }

    /** Runs on the publishing thread, hence the volatile view. */
    private boolean shows(DocumentId document) {
        DocumentView current = view;
        return current != null && current.id().equals(document);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String workspaceId = event.getRouteParameters().get("workspaceId").orElse("");
        String documentId = event.getRouteParameters().get("documentId").orElse("");
        if (!open(workspaceId, documentId)) {
            event.rerouteToError(NotFoundException.class, "No such document.");
        }
    }

    /** Shows the document if the caller may read it and it belongs to that workspace; false means "not found". */
    boolean open(String workspaceId, String documentId) {
        Optional<DocumentView> found = documents.findIn(workspaceId, documentId, me());
        if (found.isEmpty()) {
            return false;
        }
        view = found.get();
        canEdit = workspaces.membership(view.workspaceId(), me()).map(m -> m.role().canEdit()).orElse(false);
        render();
        return true;
    }

    @Override
    public String getPageTitle() {
        return view == null ? "Document" : view.title();
    }

    private void render() {
        main.removeAll();
        toc.removeAll();
        openEditors = 0;
        tabs.removeAll();
        tabs.add(new WorkspaceTabs(view.workspaceId().value(), "documents"));
        main.add(new DocumentHeader(view, canEdit,
                () -> DocumentDialogs.rename(view.title(), title -> apply(() -> documents.rename(view.id(), title,
                        view.version(), me()), "Renamed."), this::reload),
                () -> DocumentDialogs.addSection((heading, text) -> apply(() -> documents.addSection(view.id(),
                        new NewSection(heading, text), OptionalLong.empty(), OptionalLong.of(view.version()), me()),
                        "Section added."), this::reload)));
        main.add(new ExportLinks(files, view.id(), me()));
        main.add(new Anchor("workspaces/" + view.workspaceId().value() + "/documents/" + view.id().value()
                + "/history", "History and versions"));
        // The share module's page (a plain link: the document module does not depend on it).
        Anchor share = new Anchor("workspaces/" + view.workspaceId().value() + "/documents/" + view.id().value()
                + "/share", "Share and visitor feedback");
        share.addClassName("jointly-share-link");
        main.add(share);
        main.add(new Anchor("workspaces/" + view.workspaceId().value() + "/documents/" + view.id().value()
                + "/comments", "Comments"));
        toc.add(new TableOfContents(view, this::scrollTo));
        List<SectionView> sections = view.sections();
        for (int i = 0; i < sections.size(); i++) {
            SectionView section = sections.get(i);
            main.add(new SectionBlock(section, markdown.sectionHtml(section.markdown(), i), i, sections.size(),
                    canEdit, sectionActions()));
            for (SectionSupplement supplement : supplements) {
                supplement.html(view, section).ifPresent(html -> main.add(new Html("<div class=\"jointly-supplement\">"
                        + html + "</div>")));
            }
        }
        if (sections.isEmpty()) {
            main.add(new Div("This document has no sections yet."));
        }
    }

    private SectionBlock.Actions sectionActions() {
        return new SectionBlock.Actions() {
            @Override
            public void edit(SectionBlock block) {
                openEditor(block);
            }

            @Override
            public String liveEditorPath(SectionView section) {
                return "workspaces/" + view.workspaceId().value() + "/documents/" + view.id().value()
                        + "/sections/" + section.id().value();
            }

            @Override
            public String bargainingTablePath() {
                return "workspaces/" + view.workspaceId().value() + "/table";
            }

            @Override
            public void move(SectionView section, int delta) {
                moveSection(section, delta);
            }

            @Override
            public void remove(SectionView section) {
                DocumentDialogs.confirmRemove(section.heading(), () -> apply(() -> documents.removeSection(
                        view.id(), section.id(), view.version(), me()), "Section removed."), DocumentPage.this::reload);
            }
        };
    }

    private void openEditor(SectionBlock block) {
        SectionView base = block.section();
        openEditors++;
        block.showEditor(new SectionEditor(base.heading(), base.markdown(), (heading, text) -> {
            try {
                // An untouched body is not sent: the section may be co-edited live, and sending the text as it
                // was when this editor opened would overwrite what others typed since (a heading rename).
                boolean bodyChanged = !text.equals(base.markdown());
                String stored = documents.get(view.id(), me()).section(base.id()).map(SectionView::markdown)
                        .orElseThrow(() -> new ConflictException("This section was removed meanwhile."));
                if (bodyChanged && !stored.equals(base.markdown())) {
                    throw new ConflictException("Someone else changed this section while you were editing. "
                            + "Copy your text, reload, and work it into theirs.");
                }
                boolean headingChanged = !heading.equals(base.heading());
                if (!bodyChanged && !headingChanged) {
                    openEditors--;
                    block.showBody();
                    return;
                }
                view = documents.editSection(view.id(), base.id(), headingChanged ? heading : null,
                        bodyChanged ? text : null, OptionalLong.empty(), me());
                Feedback.saved("Saved.");
                render();
            } catch (JointlyException e) {
                Feedback.refused(e, this::reload);
            }
        }, () -> {
            openEditors--;
            block.showBody();
        }));
    }

    private void moveSection(SectionView section, int delta) {
        List<SectionId> order = new ArrayList<>(view.sections().stream().map(SectionView::id).toList());
        int from = order.indexOf(section.id());
        int to = from + delta;
        if (from < 0 || to < 0 || to >= order.size()) {
            return;
        }
        order.add(to, order.remove(from));
        try {
            view = documents.reorderSections(view.id(), order, view.version(), me());
            render();
            main.getChildren().filter(c -> c instanceof SectionBlock b && b.section().id().equals(section.id()))
                    .findFirst().ifPresent(c -> ((SectionBlock) c).focusMove(delta));
        } catch (JointlyException e) {
            Feedback.refused(e, this::reload);
        }
    }

    /** Runs a change from a dialog (which shows a refusal itself), then re-renders. */
    private void apply(java.util.function.Supplier<DocumentView> change, String message) {
        view = change.get();
        Feedback.saved(message);
        render();
    }

    private void changedElsewhere(long version) {
        if (view == null || version <= view.version()) {
            return;
        }
        if (openEditors > 0) {
            Feedback.saved("Someone changed this document; reload after you save.");
        } else {
            reload();
        }
    }

    private void reload() {
        try {
            view = documents.get(view.id(), me());
            render();
        } catch (JointlyException e) {
            Feedback.refused(e, () -> UI.getCurrent().navigate("workspaces/" + view.workspaceId().value()));
        }
    }

    private void scrollTo(SectionId section) {
        main.getChildren().filter(c -> c instanceof SectionBlock b && b.section().id().equals(section))
                .findFirst().ifPresent(c -> c.scrollIntoView());
    }

    private UserId me() {
        return currentUser.require().id();
    }
}
