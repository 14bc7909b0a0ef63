package app.jointly.document;

/** Markdown (tables, lists, footnotes, strikethrough) to HTML that is safe to put into a page. */
public interface SafeMarkdown {

    /** Renders and sanitises: no script, event handler, style or non-http(s)/mailto link survives. */
    String toHtml(String markdown);
}
