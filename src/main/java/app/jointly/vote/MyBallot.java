package app.jointly.vote;

/**
 * What a voter may see of their own ballot. For a secret ballot only whether they voted is known: the choice is
 * stored only encrypted, and only totals are ever decrypted, so it is null.
 *
 * @param receipt only in the answer to casting a secret ballot, and only then: the code with which its voter can
 *                check, once the vote has closed, that the ballot was counted ({@link VoteService#receiptCounted})
 */
public record MyBallot(boolean eligible, boolean voted, String choice, String reason, String receipt) {

    public MyBallot(boolean eligible, boolean voted, String choice, String reason) {
        this(eligible, voted, choice, reason, null);
    }
}
