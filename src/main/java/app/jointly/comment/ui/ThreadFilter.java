package app.jointly.comment.ui;

import app.jointly.comment.CommentThread;
import app.jointly.shared.UserId;

/** The comment list's filters: open, resolved or all; only mine (I wrote in it); only those mentioning me. */
record ThreadFilter(Status status, boolean mine, boolean mentioningMe, String sectionId) {

    /** Which threads by state. */
    enum Status {
        OPEN("Open"), RESOLVED("Resolved"), ALL("All");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        String label() {
            return label;
        }
    }

    static ThreadFilter openOnes() {
        return new ThreadFilter(Status.OPEN, false, false, null);
    }

    boolean test(CommentThread thread, UserId me) {
        if (status == Status.OPEN && thread.resolved() || status == Status.RESOLVED && !thread.resolved()) {
            return false;
        }
        if (sectionId != null && !sectionId.equals(thread.target().id())) {
            return false;
        }
        if (mine && !thread.author().id().equals(me)
                && thread.replies().stream().noneMatch(r -> r.author().id().equals(me))) {
            return false;
        }
        return !mentioningMe || thread.mentions().contains(me.value());
    }
}
