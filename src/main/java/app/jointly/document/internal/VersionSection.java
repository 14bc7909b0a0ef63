package app.jointly.document.internal;

/**
 * A section as a version holds it: its id, heading and a reference to the revision of its text (with the text's
 * hash, so that an unchanged text is recognised without reading it). Field names are short because a version of a
 * 60-article contract holds 60 of these.
 */
record VersionSection(String s, String h, String r, String x) {

    String sectionId() {
        return s;
    }

    String heading() {
        return h;
    }

    String revisionId() {
        return r;
    }

    String textHash() {
        return x;
    }
}
