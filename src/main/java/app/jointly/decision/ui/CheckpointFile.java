package app.jointly.decision.ui;

import app.jointly.decision.LogCheckpoint;

/** The checkpoint file a person downloads from the log page: plain text, readable without Jointly. */
final class CheckpointFile {

    private CheckpointFile() {
    }

    static String name(LogCheckpoint c) {
        return "decision-log-checkpoint-" + c.head().seq() + ".txt";
    }

    static String text(LogCheckpoint c, String workspaceName, String takenByUsername) {
        return "Jointly decision-log checkpoint\n"
                + "workspace: " + c.workspaceId().value() + " (" + workspaceName.replace('\n', ' ') + ")\n"
                + "checkpoint: " + c.head() + "\n"
                + "headSeq: " + c.head().seq() + "\n"
                + "headHash: " + c.head().hash() + "\n"
                + "log verified intact when taken: " + (c.intact() ? "yes" : "NO") + "\n"
                + "taken at: " + c.takenAt() + "\n"
                + "taken by: " + takenByUsername + " (" + c.takenBy().value() + ")\n"
                + "\nKeep this file outside Jointly. To check that no decision recorded up to then was removed or "
                + "rewritten, give it (or the checkpoint line) to \"Verify log\" on the decision log page, or call\n"
                + "GET /api/v1/workspaces/" + c.workspaceId().value() + "/decisions/verify?checkpoint=" + c.head() + "\n";
    }
}
