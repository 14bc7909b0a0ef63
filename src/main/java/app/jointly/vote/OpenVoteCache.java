package app.jointly.vote;

import app.jointly.vote.internal.VoteStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keeps open votes for a second so that a burst of ballots does not re-read the vote for every cast. Safe to be
 * stale: whether a cast is accepted is decided by the conditional update of the voter's own electorate row,
 * which refuses once the vote has been closed, whatever this cache still says. Only OPEN votes are kept, so a
 * vote is never seen as open before it really is.
 */
final class OpenVoteCache {

    private static final Duration TTL = Duration.ofSeconds(1);
    private static final int MAX_ENTRIES = 1000;

    private record Entry(Vote vote, Instant until) {
    }

    private final VoteStore votes;
    private final Clock clock;
    private final ConcurrentHashMap<VoteId, Entry> entries = new ConcurrentHashMap<>();

    OpenVoteCache(VoteStore votes, Clock clock) {
        this.votes = votes;
        this.clock = clock;
    }

    Optional<Vote> get(VoteId id) {
        Instant now = clock.instant();
        Entry entry = entries.get(id);
        if (entry != null && now.isBefore(entry.until())) {
            return Optional.of(entry.vote());
        }
        Optional<Vote> vote = votes.find(id);
        if (vote.isPresent() && vote.get().isOpen()) {
            if (entries.size() >= MAX_ENTRIES) {
                entries.clear();
            }
            entries.put(id, new Entry(vote.get(), now.plus(TTL)));
        } else {
            entries.remove(id);
        }
        return vote;
    }
}
