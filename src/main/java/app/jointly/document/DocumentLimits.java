package app.jointly.document;

/** The bounds every document input is checked against; the UI uses them for its own field limits. */
public final class DocumentLimits {

    public static final int MAX_TITLE = 200;
    public static final int MAX_HEADING = 200;
    public static final int MAX_SECTION_BODY = 200_000;
    public static final int MAX_SECTIONS = 500;
    /** Keeps one stored document far below MongoDB's 16 MB document limit. */
    public static final int MAX_DOCUMENT_CHARS = 2_000_000;
    public static final int MAX_DOCUMENTS_PER_WORKSPACE = 1_000;

    private DocumentLimits() {
    }
}
