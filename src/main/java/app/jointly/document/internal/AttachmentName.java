package app.jointly.document.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/**
 * The {@code Content-Disposition} of a download named after a document's title: a plain ASCII {@code filename}
 * for old clients (accents dropped, anything else replaced) and the exact title in RFC 5987's {@code filename*}.
 */
final class AttachmentName {

    private static final int MAX_BASE = 100;

    private AttachmentName() {
    }

    static String contentDisposition(String title, String extension) {
        String exact = base(title) + "." + extension;
        return "attachment; filename=\"" + fileName(title, extension) + "\"; filename*=UTF-8''"
                + URLEncoder.encode(exact, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** The plain ASCII file name (no quotes, slashes or control characters). */
    static String fileName(String title, String extension) {
        return ascii(base(title)) + "." + extension;
    }

    private static String base(String title) {
        String base = title == null || title.isBlank() ? "document" : title.strip();
        return base.length() > MAX_BASE ? base.substring(0, MAX_BASE).strip() : base;
    }

    static String ascii(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        String safe = decomposed.replaceAll("[^A-Za-z0-9 ._()-]", "_").replaceAll("_+", "_").strip();
        return safe.isEmpty() || safe.chars().allMatch(c -> c == '_' || c == '.') ? "document" : safe;
    }
}
