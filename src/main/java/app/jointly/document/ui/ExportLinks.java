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
        this(files, document, reader, null, null);
    }

    /**
     * Links for one version ({@code version} non-null) or, with {@code compare}, for a redline from {@code compare}
     * to {@code version} (null: now), which exports as Word (tracked changes) and PDF only.
     */
    ExportLinks(DocumentFiles files, DocumentId document, UserId reader, String version, String compare) {
        addClassName("jointly-export-links");
        setAlignItems(Alignment.BASELINE);
        add(new Span(compare != null ? "Export the changes:" : "Export:"),
                link(files, document, reader, "docx", "Word", version, compare),
                link(files, document, reader, "pdf", "PDF", version, compare));
        if (compare == null) {
            add(link(files, document, reader, "md", "Markdown", version, null),
                    link(files, document, reader, "html", "HTML", version, null));
        }
    }

    private static Anchor link(DocumentFiles files, DocumentId document, UserId reader, String format, String label,
                               String version, String compare) {
        Anchor anchor = new Anchor(DownloadHandler.fromInputStream(event -> {
            DocumentFiles.Download file = files.export(document, format, version, compare, reader);
            return new DownloadResponse(new ByteArrayInputStream(file.bytes()), file.fileName(), file.mediaType(),
                    file.bytes().length);
        }), label);
        anchor.setDownload(true);
        anchor.getElement().setAttribute("aria-label", "Export as " + label);
        return anchor;
    }
}
