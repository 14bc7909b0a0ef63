package app.jointly.document.ui;

import app.jointly.document.DocumentFiles;
import app.jointly.shared.DocumentId;
import app.jointly.shared.UserId;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;

/** "Export: Word · PDF · Markdown · HTML": each link produces the file when clicked, as the reader sees it then. */
class ExportLinks extends HorizontalLayout {

    ExportLinks(DocumentFiles files, DocumentId document, UserId reader) {
        addClassName("jointly-export-links");
        setAlignItems(Alignment.BASELINE);
        add(new Span("Export:"), link(files, document, reader, "docx", "Word"),
                link(files, document, reader, "pdf", "PDF"), link(files, document, reader, "md", "Markdown"),
                link(files, document, reader, "html", "HTML"));
    }

    private static Anchor link(DocumentFiles files, DocumentId document, UserId reader, String format, String label) {
        Anchor anchor = new Anchor(DownloadHandler.fromInputStream(event -> {
            DocumentFiles.Download file = files.export(document, format, reader);
            return new DownloadResponse(new ByteArrayInputStream(file.bytes()), file.fileName(), file.mediaType(),
                    file.bytes().length);
        }), label);
        anchor.setDownload(true);
        anchor.getElement().setAttribute("aria-label", "Export as " + label);
        return anchor;
    }
}
