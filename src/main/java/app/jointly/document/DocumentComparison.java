package app.jointly.document;

import app.jointly.shared.SectionId;
import java.util.List;

/**
 * A redline between two states of a document, section by section in the newer state's order, followed by the
 * sections only the older state had (shown as deleted). A section is compared by heading and text together.
 */
public record DocumentComparison(String title, String fromName, String toName, List<SectionChange> sections) {

    public DocumentComparison {
        sections = List.copyOf(sections);
    }

    public boolean hasChanges() {
        return sections.stream().anyMatch(SectionChange::changed);
    }

    /**
     * One section: its heading (the newer one), the old heading (null for an added section), the word-level redline
     * of its text (all inserted for an added section, all deleted for a removed one).
     */
    public record SectionChange(SectionId sectionId, String heading, String oldHeading, Redline redline,
                                boolean added, boolean removed) {

        public boolean headingChanged() {
            return oldHeading != null && !oldHeading.equals(heading);
        }

        public boolean changed() {
            return added || removed || headingChanged() || redline.hasChanges();
        }

        /**
         * The section's redline as HTML: a line saying the section was added or removed, or its heading changed
         * (marked with {@code <del>}/{@code <ins>} and words, never colour alone), then the text's redline.
         * Unchanged stretches are folded when {@code fold} (the app) and shown in full otherwise (print).
         */
        public String html(boolean fold) {
            StringBuilder html = new StringBuilder();
            if (added) {
                html.append("<p class=\"redline-note\"><strong>Section added.</strong></p>");
            } else if (removed) {
                html.append("<p class=\"redline-note\"><strong>Section removed.</strong></p>");
            } else if (headingChanged()) {
                html.append("<p class=\"redline-note\"><strong>Heading changed:</strong> ")
                        .append(Redline.between(oldHeading, heading).html(false)).append("</p>");
            }
            html.append("<div class=\"redline\" style=\"white-space: pre-wrap\">").append(redline.html(fold))
                    .append("</div>");
            return html.toString();
        }
    }
}
