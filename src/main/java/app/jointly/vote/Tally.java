package app.jointly.vote;

import java.util.List;
import java.util.Map;

/**
 * Counts of a vote at one moment (live) or at closing (final).
 *
 * @param electorateSize how many were eligible when the vote opened
 * @param turnout how many have voted (abstentions included)
 * @param counts ballots per choice, in the method's choice order; empty when {@code countsHidden}
 * @param parties the same per party, for per-party concurrence (empty otherwise)
 * @param countsHidden true for a secret ballot that is still open: only turnout is shown until it closes
 */
public record Tally(int electorateSize, long turnout, Map<String, Long> counts, List<PartyTally> parties,
                    boolean countsHidden) {

    public Tally {
        counts = Map.copyOf(counts);
        parties = List.copyOf(parties);
    }

    public long count(String choice) {
        return counts.getOrDefault(choice, 0L);
    }
}
