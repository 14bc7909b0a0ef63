package app.jointly.collab.internal;

import app.jointly.shared.NotFoundException;
import com.hazelcast.map.IMap;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * The authority for every co-editable text. A push runs, under the text's cluster lock: the accept step on the
 * partition owner ({@link PrepareProcessor}), the durable write to the update log (group commit), the commit to the
 * cluster state ({@link CommitProcessor}, which also updates the backup), and the publication to every node. Only
 * then is the push answered. MongoDB's unique (text, first version) index is the final judge: if a node that died
 * after writing left the cluster state behind, the next push finds its version taken, reloads from the log and
 * asks the client to pull.
 */
@Component
public class CollabEngine implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(CollabEngine.class);
    static final int SNAPSHOT_EVERY = 200;
    /** The client id of updates the server makes itself (text replaced outside the editor). */
    public static final String SERVER_CLIENT_ID = "jointly-server";

    private final CollabCluster cluster;
    private final IMap<String, DocState> docs;
    private final GroupCommitter committer;
    private final UpdateLog updateLog;
    private final DocLoader loader;
    private final ExecutorService background = Executors.newVirtualThreadPerTaskExecutor();
    private final ReentrantLock[] localLocks = new ReentrantLock[256];
    private final PushTimings timings = new PushTimings();
    private final ThreadLocal<long[]> phase = new ThreadLocal<>();

    /** The answer to a push: accepted or not, and the version after it. */
    public record PushResult(boolean accepted, int version) {
    }

    /** A text as a joining client receives it. */
    public record Joined(int version, String text, String authorsJson, String authorNamesJson) {
    }

    CollabEngine(CollabCluster cluster, GroupCommitter committer, UpdateLog updateLog, DocLoader loader) {
        this.cluster = cluster;
        this.docs = cluster.docs();
        this.committer = committer;
        this.updateLog = updateLog;
        this.loader = loader;
        for (int i = 0; i < localLocks.length; i++) {
            localLocks[i] = new ReentrantLock();
        }
    }

    public Joined join(String doc) {
        ReadProcessor.Snapshot snapshot = read(doc, -1);
        return new Joined(snapshot.version(), snapshot.text(), snapshot.authors(), snapshot.authorNames());
    }

    /** Every update after {@code since}, from memory or, for old versions, from the log. */
    public List<StoredUpdate> pull(String doc, int since) {
        ReadProcessor.Snapshot snapshot = read(doc, since);
        if (since > snapshot.version()) {
            throw new ProtocolException("bad-version", "Version " + since + " is beyond the current version "
                    + snapshot.version() + ".");
        }
        if (snapshot.updates() != null) {
            return snapshot.updates();
        }
        return updateLog.read(doc, since, snapshot.version());
    }

    /** The current text, loading it when no member holds it. */
    public String text(String doc) {
        return join(doc).text();
    }

    private ReadProcessor.Snapshot read(String doc, int since) {
        for (int attempt = 0; attempt < 3; attempt++) {
            ReadProcessor.Snapshot snapshot = docs.executeOnKey(doc, new ReadProcessor(since));
            if (snapshot != null) {
                return snapshot;
            }
            ensureLoaded(doc);
        }
        throw new IllegalStateException("Text " + doc + " could not be loaded");
    }

    private void ensureLoaded(String doc) {
        docs.putIfAbsent(doc, loader.load(doc));
    }

    public PushResult push(String doc, PushRequest request) {
        // pushes for one text from this node queue here first, so the cluster lock sees little contention
        ReentrantLock local = localLocks[Math.floorMod(doc.hashCode(), localLocks.length)];
        long start = System.nanoTime();
        local.lock();
        try {
            lock(doc);
            try {
                phase.set(new long[] {System.nanoTime() - start, 0, 0, 0});
                return pushLocked(doc, request);
            } finally {
                docs.unlock(doc);
            }
        } finally {
            local.unlock();
        }
    }

    /**
     * Makes the live text equal {@code text} (when the stored text was replaced, e.g. by a tentative agreement)
     * with one update computed against the current version under the lock, so it never races with typing.
     */
    public void replaceText(String doc, String text, String userId, String userName) {
        String target = DocLoader.normalise(text);
        lock(doc);
        try {
            ReadProcessor.Snapshot current = read(doc, -1);
            if (current.text().equals(target)) {
                return;
            }
            String changes = ChangeSetJson.write(TextDiff.replacement(current.text(), target));
            PushResult result = pushLocked(doc, new PushRequest(current.version(), List.of(SERVER_CLIENT_ID),
                    List.of(changes), userId, userName));
            if (!result.accepted()) {
                throw new ProtocolException("unavailable", "The text changed while it was being replaced.");
            }
        } finally {
            docs.unlock(doc);
        }
    }

    /** True when the text has co-editing state (in the cluster or in the log). */
    public boolean isCoEdited(String doc) {
        return docs.containsKey(doc) || updateLog.snapshot(doc).isPresent();
    }

    private PushResult pushLocked(String doc, PushRequest request) {
        for (int attempt = 0; ; attempt++) {
            long t0 = System.nanoTime();
            PrepareResult prepared = docs.executeOnKey(doc, new PrepareProcessor(request));
            long[] times = phase.get();
            if (times != null) {
                times[1] = System.nanoTime() - t0;
            }
            switch (prepared.outcome()) {
                case NOT_LOADED -> {
                    if (attempt > 2) {
                        throw new NotFoundException("No such text.");
                    }
                    ensureLoaded(doc);
                    continue;
                }
                case TOO_OLD -> {
                    return new PushResult(false, prepared.currentVersion());
                }
                case REFUSED -> throw new ProtocolException(prepared.errorCode(), prepared.message());
                case ACCEPT -> {
                    return accept(doc, prepared);
                }
            }
        }
    }

    private void lock(String doc) {
        try {
            if (!docs.tryLock(doc, 10, TimeUnit.SECONDS, 30, TimeUnit.SECONDS)) {
                throw new ProtocolException("unavailable", "The text is busy; try again.");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ProtocolException("unavailable", "Interrupted.");
        }
    }

    private PushResult accept(String doc, PrepareResult prepared) {
        List<StoredUpdate> updates = prepared.updates();
        int base = prepared.currentVersion();
        if (updates.isEmpty()) {
            return new PushResult(true, base);
        }
        long t0 = System.nanoTime();
        try {
            committer.write(doc, updates).get(15, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof GroupCommitter.VersionTakenException) {
                recover(doc, base);
                return new PushResult(false, base);
            }
            throw new ProtocolException("unavailable", "The update could not be stored; try again.");
        } catch (TimeoutException e) {
            throw new ProtocolException("unavailable", "Storing the update took too long; try again.");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ProtocolException("unavailable", "Interrupted.");
        }
        long t1 = System.nanoTime();
        int version = docs.executeOnKey(doc, new CommitProcessor(base, updates));
        long[] times = phase.get();
        if (times != null) {
            timings.record(times[0], times[1], t1 - t0, System.nanoTime() - t1);
            phase.remove();
        }
        if (version < 0) {
            // durable but the cluster state moved (should not happen under the lock): trust the log
            recover(doc, base);
            version = updates.getLast().version();
        } else {
            cluster.updatesTopic().publish(UpdatesMessage.of(doc, updates));
        }
        if (version / SNAPSHOT_EVERY > base / SNAPSHOT_EVERY) {
            background.submit(() -> snapshot(doc));
        }
        return new PushResult(true, version);
    }

    /** The log is ahead of the cluster state: reload from it and tell every node about the updates it missed. */
    private void recover(String doc, int knownVersion) {
        DocState state = loader.load(doc);
        docs.set(doc, state);
        log.warn("Text {} reloaded from the update log at version {} (cluster had {})", doc, state.version(),
                knownVersion);
        for (List<StoredUpdate> group : Groups.split(updateLog.read(doc, knownVersion, state.version()))) {
            cluster.updatesTopic().publish(UpdatesMessage.of(doc, group));
        }
    }

    private void snapshot(String doc) {
        try {
            UpdateLog.Snapshot snapshot = docs.executeOnKey(doc, new SnapshotProcessor());
            if (snapshot != null) {
                updateLog.saveSnapshot(doc, snapshot.version(), snapshot.text(), snapshot.authors());
            }
        } catch (RuntimeException e) {
            log.warn("Snapshot of {} failed; the log still has every update", doc, e);
        }
    }

    @Override
    public void destroy() {
        background.shutdown();
    }
}
