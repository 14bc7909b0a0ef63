package app.jointly.vote;

import app.jointly.shared.PartyId;
import java.util.Map;

/** One party's share of a per-party concurrence vote. */
public record PartyTally(PartyId party, int electorateSize, long turnout, Map<String, Long> counts) {

    public PartyTally {
        counts = Map.copyOf(counts);
    }

    public long count(String choice) {
        return counts.getOrDefault(choice, 0L);
    }
}
