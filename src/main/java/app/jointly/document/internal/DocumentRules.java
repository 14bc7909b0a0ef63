package app.jointly.document.internal;

import static app.jointly.document.DocumentLimits.MAX_DOCUMENT_CHARS;
import static app.jointly.document.DocumentLimits.MAX_HEADING;
import static app.jointly.document.DocumentLimits.MAX_SECTIONS;
import static app.jointly.document.DocumentLimits.MAX_SECTION_BODY;
import static app.jointly.document.DocumentLimits.MAX_TITLE;

import app.jointly.shared.ConflictException;
import app.jointly.shared.InvalidInputException;
import app.jointly.shared.SectionId;
import app.jointly.shared.TextRules;
import app.jointly.shared.TooLargeException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The rules a document's content must keep, free of storage and security so they are easy to test. */
public final class DocumentRules {

    private DocumentRules() {
    }

    /** @return the title trimmed */
    public static String title(String title) {
        return oneLine(title, "Title", MAX_TITLE, "invalid-title");
    }

    /** @return the heading trimmed */
    public static String heading(String heading) {
        return oneLine(heading, "Heading", MAX_HEADING, "invalid-heading");
    }

    /** @return the body with line endings normalised ({@code null} counts as empty) */
    public static String body(String markdown) {
        String text = markdown == null ? "" : markdown.replace("\r\n", "\n").replace('\r', '\n');
        if (text.length() > MAX_SECTION_BODY) {
            throw new TooLargeException("section-too-large", "A section's text may hold at most "
                    + MAX_SECTION_BODY + " characters; this one has " + text.length() + ".");
        }
        return TextRules.multiLine(text, "markdown");
    }

    /** Checks the section count and the document's total size. */
    public static void sections(List<StoredSection> sections) {
        if (sections.size() > MAX_SECTIONS) {
            throw new TooLargeException("too-many-sections",
                    "A document may hold at most " + MAX_SECTIONS + " sections.");
        }
        long total = 0;
        for (StoredSection section : sections) {
            total += section.heading().length() + section.markdown().length();
        }
        if (total > MAX_DOCUMENT_CHARS) {
            throw new TooLargeException("document-too-large", "A document may hold at most " + MAX_DOCUMENT_CHARS
                    + " characters in all; split it into several documents.");
        }
    }

    /** @throws ConflictException when the document moved on since the caller read it */
    public static void expectVersion(long actual, long expected) {
        if (actual != expected) {
            throw new ConflictException("stale-version", "Someone changed this document after you opened it "
                    + "(you saw version " + expected + ", it is now version " + actual
                    + "). Reload it and make your change again.");
        }
    }

    /**
     * @param order every current section id exactly once
     * @return the sections in the new order
     */
    public static List<StoredSection> reorder(List<StoredSection> current, List<SectionId> order) {
        if (order == null || order.size() != current.size()) {
            throw new InvalidInputException("invalid-order",
                    "The new order must name every section of the document exactly once.");
        }
        Map<String, StoredSection> byId = new LinkedHashMap<>();
        current.forEach(section -> byId.put(section.sectionId(), section));
        Set<String> seen = new HashSet<>();
        List<StoredSection> result = new ArrayList<>(order.size());
        for (SectionId id : order) {
            StoredSection section = id == null ? null : byId.get(id.value());
            if (section == null || !seen.add(id.value())) {
                throw new InvalidInputException("invalid-order",
                        "The new order must name every section of the document exactly once.");
            }
            result.add(section);
        }
        return result;
    }

    public static int indexOf(List<StoredSection> sections, SectionId id) {
        for (int i = 0; i < sections.size(); i++) {
            if (sections.get(i).sectionId().equals(id.value())) {
                return i;
            }
        }
        return -1;
    }

    private static String oneLine(String value, String what, int max, String code) {
        String trimmed = value == null ? "" : value.strip();
        if (trimmed.isEmpty()) {
            throw new InvalidInputException(code, what + " must not be empty.");
        }
        if (trimmed.length() > max) {
            throw new InvalidInputException(code, what + " may be at most " + max + " characters long.");
        }
        return TextRules.singleLine(trimmed, what.toLowerCase(java.util.Locale.ROOT));
    }
}
