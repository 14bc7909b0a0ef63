package app.jointly.vote.internal;

import app.jointly.shared.PartyId;
import app.jointly.vote.PartyTally;
import app.jointly.vote.Tally;
import app.jointly.vote.Vote;
import app.jointly.vote.VoteMethod;
import app.jointly.vote.internal.ElectorateStore.Group;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Turns stored counts into a {@link Tally}; counts are recomputed from the ballots, never kept on the side. */
final class Tallies {

    private Tallies() {
    }

    static Tally fromOpenBallots(Vote vote, List<Group> groups) {
        List<String> choices = vote.method().choices();
        Map<String, Long> counts = zero(choices);
        Map<String, Map<String, Long>> perParty = new TreeMap<>();
        Map<String, Integer> electorateByParty = new TreeMap<>();
        int electorate = 0;
        long turnout = 0;
        for (Group group : groups) {
            electorate += (int) group.count();
            if (group.party() != null) {
                electorateByParty.merge(group.party(), (int) group.count(), Integer::sum);
                perParty.computeIfAbsent(group.party(), p -> zero(choices));
            }
            if (group.choice() != null) {
                turnout += group.count();
                counts.merge(group.choice(), group.count(), Long::sum);
                if (group.party() != null) {
                    perParty.get(group.party()).merge(group.choice(), group.count(), Long::sum);
                }
            }
        }
        List<PartyTally> parties = new ArrayList<>();
        if (vote.method() == VoteMethod.PER_PARTY_CONCURRENCE) {
            perParty.forEach((party, partyCounts) -> parties.add(new PartyTally(new PartyId(party),
                    electorateByParty.get(party), partyCounts.values().stream().mapToLong(Long::longValue).sum(),
                    partyCounts)));
        }
        return new Tally(electorate, turnout, counts, parties, false);
    }

    /** @param hidden true while the secret vote is open: only turnout is given out */
    static Tally fromSecretCounters(Vote vote, long turnout, List<Group> counters, boolean hidden) {
        Map<String, Long> counts = zero(vote.method().choices());
        counters.forEach(c -> counts.merge(c.choice(), c.count(), Long::sum));
        return new Tally(vote.electorateSize(), turnout, hidden ? Map.of() : counts, List.of(), hidden);
    }

    static long sum(Map<String, Long> counts) {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }

    private static Map<String, Long> zero(List<String> choices) {
        Map<String, Long> counts = new LinkedHashMap<>();
        choices.forEach(c -> counts.put(c, 0L));
        return counts;
    }
}
