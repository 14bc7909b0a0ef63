package app.jointly.decision;

/**
 * The outcome of recomputing a workspace's hash chain.
 *
 * @param firstBadSeq the first entry that does not match (null when intact)
 * @param firstBadId its id when it could be read (null otherwise)
 * @param problem what is wrong with it, in words (null when intact)
 * @param headHash the hash of the last entry: note it elsewhere to detect later truncation of the log
 */
public record VerifyReport(boolean intact, long entriesChecked, Long firstBadSeq, DecisionId firstBadId,
                           String problem, String headHash) {
}
