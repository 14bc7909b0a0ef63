package app.jointly.vote;

import java.time.Instant;

/**
 * The final result, computed once when the vote closes and never recomputed.
 *
 * @param explanation why it passed or failed, in words
 * @param uncounted secret ballots whose participation was recorded but whose choice did not reach the counters
 *                  (only after a crash between the two writes; normally 0)
 */
public record VoteResult(Outcome outcome, String explanation, Tally tally, long uncounted, Instant closedAt) {
}
