package app.jointly.document.ui;

import app.jointly.document.DocumentComparison;
import app.jointly.document.DocumentFiles;
import app.jointly.document.DocumentService;
import app.jointly.document.DocumentVersions;
import app.jointly.document.DocumentView;
import app.jointly.document.VersionSummary;
import app.jointly.identity.CurrentUser;
import app.jointly.shared.JointlyException;
import app.jointly.shared.UserId;
import app.jointly.ui.MainLayout;
import app.jointly.ui.WorkspaceTabs;
import app.jointly.workspace.WorkspaceAccess;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A document's history: its versions (named ones on top), a chosen version shown with what changed in it marked
 * (against the version before it), a comparison of any two versions or a version with now, and for editors
 * naming the current state and restoring a version (after a confirmation).
 */
@Route(value = "workspaces/:workspaceId/documents/:documentId/history", layout = MainLayout.class)
@PermitAll
@CssImport("./styles/document.css")
@CssImport("./styles/proposal.css")
class DocumentHistoryPage extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private static final String NOW = DocumentVersions.CURRENT;

    private final DocumentService documents;
    private final DocumentVersions versions;
    private final DocumentFiles files;
    private final WorkspaceAccess workspaces;
    private final CurrentUser currentUser;
    private final Div detail = new Div();
    private DocumentView document;
    private List<VersionSummary> history = List.of();
    private boolean canEdit;

    DocumentHistoryPage(DocumentService documents, DocumentVersions versions, DocumentFiles files,
                        WorkspaceAccess workspaces, CurrentUser currentUser) {
        this.documents = documents;
        this.versions = versions;
        this.files = files;
        this.workspaces = workspaces;
        this.currentUser = currentUser;
        addClassName("jointly-history-page");
        detail.addClassName("jointly-version-detail");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String workspaceId = event.getRouteParameters().get("workspaceId").orElse("");
        String documentId = event.getRouteParameters().get("documentId").orElse("");
        if (!open(workspaceId, documentId)) {
            event.rerouteToError(NotFoundException.class, "No such document.");
        }
    }

    /** Shows the history if the caller may read the document and it belongs to that workspace. */
    boolean open(String workspaceId, String documentId) {
        Optional<DocumentView> found = documents.findIn(workspaceId, documentId, me());
        if (found.isEmpty()) {
            return false;
        }
        document = found.get();
        canEdit = workspaces.membership(document.workspaceId(), me()).map(m -> m.role().canEdit()).orElse(false);
        render(null);
        return true;
    }

    @Override
    public String getPageTitle() {
        return document == null ? "History" : "History of " + document.title();
    }

    private void render(String selected) {
        removeAll();
        history = versions.list(document.id(), me());
        add(new WorkspaceTabs(document.workspaceId().value(), "documents"));
        Anchor back = new Anchor("workspaces/" + document.workspaceId().value() + "/documents/"
                + document.id().value(), "Back to the document");
        add(back, new H1("History of " + document.title()));
        HorizontalLayout actions = new HorizontalLayout();
        if (canEdit) {
            actions.add(new Button("Name the current version", VaadinIcon.BOOKMARK.create(), click ->
                    HistoryDialogs.name(name -> {
                        VersionSummary named = versions.name(document.id(), name, me());
                        Feedback.saved("Named “" + named.name() + "”.");
                        render(named.id());
                    }, () -> render(null))));
        }
        add(actions, new ExportLinks(files, document.id(), me()));
        Div columns = new Div(new VersionList(history, selected, v -> render(v.id())), detail);
        columns.addClassName("jointly-history-columns");
        add(columns, comparePanel());
        detail.removeAll();
        if (selected != null) {
            history.stream().filter(v -> v.id().equals(selected)).findFirst().ifPresent(this::showVersion);
        } else {
            detail.add(new Paragraph("Choose a version to see the document as it was, with what changed in it "
                    + "marked."));
        }
    }

    /** The version as a redline against the version before it (the first version: all of it is new). */
    private void showVersion(VersionSummary version) {
        detail.add(new H2(VersionList.title(version)));
        int index = indexOf(version);
        VersionSummary previous = previousAutomatic(index);
        if (previous == null) {
            DocumentView as = versions.at(document.id(), version.id(), me());
            as.sections().forEach(s -> detail.add(new H3(s.heading()), new Paragraph(s.markdown())));
        } else {
            detail.add(new Paragraph("Changes since " + VersionList.title(previous) + ":"));
            showComparison(versions.compare(document.id(), previous.id(), version.id(), me()));
        }
        detail.add(new ExportLinks(files, document.id(), me(), version.id(), null));
        if (canEdit) {
            Button restore = new Button("Restore this version", VaadinIcon.ROTATE_LEFT.create(), click ->
                    HistoryDialogs.confirmRestore(VersionList.title(version), () -> {
                        versions.restore(document.id(), version.id(), me());
                        Feedback.saved("Restored. The text it replaced stays in the history.");
                        render(null);
                    }, () -> render(null)));
            detail.add(restore);
        }
    }

    private Div comparePanel() {
        Div panel = new Div(new H2("Compare two versions"));
        panel.addClassName("jointly-compare");
        Select<String> from = new Select<>();
        from.setLabel("From");
        Select<String> to = new Select<>();
        to.setLabel("To");
        List<String> ids = new ArrayList<>();
        history.forEach(v -> ids.add(v.id()));
        from.setItems(ids);
        List<String> targets = new ArrayList<>(List.of(NOW));
        targets.addAll(ids);
        to.setItems(targets);
        from.setItemLabelGenerator(this::label);
        to.setItemLabelGenerator(this::label);
        to.setValue(NOW);
        Div result = new Div();
        Button compare = new Button("Compare", click -> {
            result.removeAll();
            if (from.getValue() == null) {
                result.add(new Paragraph("Choose the version to compare from."));
                return;
            }
            try {
                DocumentComparison comparison = versions.compare(document.id(), from.getValue(), to.getValue(), me());
                result.add(comparisonView(comparison));
                String newer = NOW.equals(to.getValue()) ? null : to.getValue();
                result.add(new ExportLinks(files, document.id(), me(), newer, from.getValue()));
            } catch (JointlyException e) {
                Feedback.refused(e, () -> render(null));
            }
        });
        panel.add(new HorizontalLayout(from, to, compare), result);
        return panel;
    }

    private void showComparison(DocumentComparison comparison) {
        detail.add(comparisonView(comparison));
    }

    static Div comparisonView(DocumentComparison comparison) {
        Div view = new Div();
        view.addClassName("jointly-comparison");
        comparison.sections().forEach(section -> {
            view.add(new H3(section.heading()));
            view.add(new Html("<div>" + section.html(true) + "</div>"));
        });
        return view;
    }

    private String label(String id) {
        if (NOW.equals(id)) {
            return "Now";
        }
        return history.stream().filter(v -> v.id().equals(id)).findFirst().map(VersionList::title).orElse(id);
    }

    private int indexOf(VersionSummary version) {
        for (int i = 0; i < history.size(); i++) {
            if (history.get(i).id().equals(version.id())) {
                return i;
            }
        }
        return -1;
    }

    /** The automatic version before the one at {@code index} (named versions freeze a state, they add none). */
    private VersionSummary previousAutomatic(int index) {
        for (int i = index + 1; i < history.size(); i++) {
            if (!history.get(i).named()) {
                return history.get(i);
            }
        }
        return null;
    }

    private UserId me() {
        return currentUser.require().id();
    }
}
