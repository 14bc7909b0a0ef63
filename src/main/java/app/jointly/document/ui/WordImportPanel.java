package app.jointly.document.ui;

import app.jointly.document.DocumentFiles;
import app.jointly.document.DocumentKind;
import app.jointly.document.DocumentLimits;
import app.jointly.document.DocumentView;
import app.jointly.shared.JointlyException;
import app.jointly.shared.UserId;
import app.jointly.shared.WorkspaceId;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;

/**
 * "Import a Word file": title, kind and the .docx; the upload shows its progress, and the result says how many
 * sections (articles, for a contract) were imported, with a link to the new document, or why the file was refused.
 */
class WordImportPanel extends Details {

    private final Div result = new Div();

    WordImportPanel(DocumentFiles files, WorkspaceId workspace, UserId me) {
        super("Import a Word file");
        addClassName("jointly-word-import");
        TextField title = new TextField("Title (optional: else the Word file's title)");
        title.setMaxLength(DocumentLimits.MAX_TITLE);
        title.setWidthFull();
        Select<DocumentKind> kind = new Select<>();
        kind.setLabel("Kind");
        kind.setItems(DocumentKind.values());
        kind.setItemLabelGenerator(DocumentKind::label);
        kind.setValue(DocumentKind.CONTRACT);
        result.setId("word-import-result");
        result.getElement().setAttribute("role", "status");
        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> {
            UI ui = UI.getCurrent();
            String chosenTitle = title.getValue();
            DocumentKind chosenKind = kind.getValue();
            String message;
            DocumentView created = null;
            try {
                created = files.importWord(workspace, chosenTitle, chosenKind, bytes, metadata.fileName(), me);
                message = imported(created);
            } catch (JointlyException e) {
                message = "Not imported: " + e.getMessage();
            }
            show(ui, message, created);
        }));
        upload.setAcceptedFileTypes(".docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) DocumentFiles.MAX_IMPORT_BYTES);
        upload.addFileRejectedListener(e -> showNow("Not imported: " + e.getErrorMessage()));
        add(new Paragraph("Each top-level heading of the Word file becomes a section; emphasis, lists, tables and "
                + "footnotes are kept."), title, kind, upload, result);
    }

    static String imported(DocumentView created) {
        int count = created.sections().size();
        String noun = created.kind() == DocumentKind.CONTRACT ? (count == 1 ? "article" : "articles")
                : (count == 1 ? "section" : "sections");
        return count + " " + noun + " imported into \"" + created.title() + "\".";
    }

    private void show(UI ui, String message, DocumentView created) {
        if (ui == null) {
            showResult(message, created);
        } else {
            ui.access(() -> showResult(message, created));
        }
    }

    private void showNow(String message) {
        showResult(message, null);
    }

    private void showResult(String message, DocumentView created) {
        result.removeAll();
        result.add(new Paragraph(message));
        if (created != null) {
            result.add(new Anchor("workspaces/" + created.workspaceId().value() + "/documents/"
                    + created.id().value(), "Open " + created.title()));
        }
    }
}
