package app.jointly.vote;

import app.jointly.shared.WorkspaceId;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Coalesces {@link VoteTallyChanged} notices: during a burst of ballots a node sends at most one per vote per
 * window instead of one per ballot (each is relayed to every node of the cluster). A notice is always sent after
 * the last ballot of a burst: a ballot that finds a notice pending was written before that notice goes out, so
 * the views it wakes read a tally that includes the ballot.
 */
final class TallyNotices implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(TallyNotices.class);

    private final Consumer<Object> publish;
    private final Duration window;
    private final ScheduledExecutorService timer;
    private final Set<VoteId> pending = ConcurrentHashMap.newKeySet();

    /** @param window zero sends every notice at once (no timer thread) */
    TallyNotices(Consumer<Object> publish, Duration window) {
        this.publish = publish;
        this.window = window;
        this.timer = window.isZero() ? null : Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "vote-tally-notices");
            thread.setDaemon(true);
            return thread;
        });
    }

    void changed(VoteId vote, WorkspaceId workspace) {
        if (timer == null) {
            publish.accept(new VoteTallyChanged(vote, workspace));
            return;
        }
        if (pending.add(vote)) {
            timer.schedule(() -> send(vote, workspace), window.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private void send(VoteId vote, WorkspaceId workspace) {
        pending.remove(vote);
        try {
            publish.accept(new VoteTallyChanged(vote, workspace));
        } catch (RuntimeException e) {
            // a listener failed; the next ballot sends another notice, and views also refresh on status changes
            log.warn("A listener failed on the tally notice of vote {}", vote, e);
        }
    }

    @Override
    public void close() {
        if (timer != null) {
            timer.shutdownNow();
        }
    }
}
