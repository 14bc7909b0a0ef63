package app.jointly.share;

/**
 * One section as a link shows it.
 *
 * @param html the Markdown rendered and sanitised
 * @param chartSvg a progress chart for a plan's measures of success (generated SVG), or null
 */
public record SharedSection(String id, String heading, String markdown, String html, String chartSvg) {
}
