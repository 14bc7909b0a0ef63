package app.jointly.decision;

/**
 * The outcome of recomputing a workspace's hash chain, and of looking for a checkpoint in it.
 *
 * @param intact the chain is unbroken and, when a checkpoint was given, the log still holds it
 * @param firstBadSeq the first entry that does not match (null when the chain is intact)
 * @param firstBadId its id when it could be read (null otherwise)
 * @param problem what is wrong, in words (null when intact)
 * @param headHash the hash of the last entry that verified (all zeros for an empty log): with {@code headSeq},
 *                 the checkpoint to note outside Jointly to detect a later truncation of the log
 * @param headSeq the position of that entry (0 for an empty log)
 * @param checkpointFound whether the log holds the given checkpoint's entry with its hash; null without one
 */
public record VerifyReport(boolean intact, long entriesChecked, Long firstBadSeq, DecisionId firstBadId,
                           String problem, String headHash, long headSeq, Boolean checkpointFound) {

    /** The head as a checkpoint ({@code SEQ:HASH}). */
    public Checkpoint head() {
        return new Checkpoint(headSeq, headHash);
    }

    /** This report with the result of looking for {@code checkpoint}: not finding it breaks the log. */
    VerifyReport withCheckpoint(Checkpoint checkpoint, boolean found) {
        if (found) {
            return new VerifyReport(intact, entriesChecked, firstBadSeq, firstBadId, problem, headHash, headSeq, true);
        }
        String missing = "The log no longer holds entry #" + checkpoint.seq() + " with the checkpoint's hash: "
                + "entries were removed or rewritten after the checkpoint was taken.";
        return new VerifyReport(false, entriesChecked, firstBadSeq, firstBadId,
                problem == null ? missing : problem + " " + missing, headHash, headSeq, false);
    }
}
