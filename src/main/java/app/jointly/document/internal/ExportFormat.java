package app.jointly.document.internal;

import app.jointly.shared.InvalidInputException;
import java.util.Locale;

/** The file formats a document exports to, with their wire name, media type and file extension. */
enum ExportFormat {
    MD("md", "text/markdown; charset=utf-8"),
    HTML("html", "text/html; charset=utf-8"),
    DOCX("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    PDF("pdf", "application/pdf");

    private final String wireName;
    private final String mediaType;

    ExportFormat(String wireName, String mediaType) {
        this.wireName = wireName;
        this.mediaType = mediaType;
    }

    String extension() {
        return wireName;
    }

    String mediaType() {
        return mediaType;
    }

    static ExportFormat fromWire(String value) {
        if (value != null) {
            String normalised = value.trim().toLowerCase(Locale.ROOT);
            for (ExportFormat format : values()) {
                if (format.wireName.equals(normalised)) {
                    return format;
                }
            }
        }
        throw new InvalidInputException("unknown-format", "Format must be one of docx, pdf, md, html.");
    }
}
