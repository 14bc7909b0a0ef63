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
        String base = title == null || title.isBlank() ? "document" : title.strip();
        if (base.length() > MAX_BASE) {
            base = base.substring(0, MAX_BASE).strip();
        }
        String exact = base + "." + extension;
        return "attachment; filename=\"" + ascii(base) + "." + extension + "\"; filename*=UTF-8''"
                + URLEncoder.encode(exact, StandardCharsets.UTF_8).replace("+", "%20");
    }

    static String ascii(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        String safe = decomposed.replaceAll("[^A-Za-z0-9 ._()-]", "_").replaceAll("_+", "_").strip();
        return safe.isEmpty() || safe.chars().allMatch(c -> c == '_' || c == '.') ? "document" : safe;
    }
}
