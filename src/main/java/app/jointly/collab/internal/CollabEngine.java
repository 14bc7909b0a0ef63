package app.jointly.collab.internal;

import app.jointly.shared.NotFoundException;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.IMap;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * The authority for every co-editable text. A text's work is done on the member that owns its partition in the
 * authority map ({@link TextOwners}): a push that arrives at another node is forwarded there, so the pushes waiting
 * for one text from every node are dealt with as one batch ({@link PushQueue}): the accept step
 * ({@link PrepareProcessor}, which rebases stale pushes), one durable write of the whole batch to the update log
 * (group commit with other texts' batches), the commit to the cluster state ({@link CommitProcessor}, which also
 * updates the backup), and one publication of the batch's groups to every node. Only then are the pushes
 * answered. One batch at a time per text runs on its owner, with no cluster lock: the update log's _id ("text:first
 * version") is the final judge. If two members ever work on one text at once (while its partition moves) or a node
 * that died after writing left the cluster state behind, the next batch finds its version taken, reloads from the
 * log and asks its clients to pull. A text locked as a tentative agreement ({@link LockedTexts}) refuses every batch
 * that starts after the lock; only {@link #replaceText}, the agreement's own update, still writes it.
 */
@Component
public class CollabEngine implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(CollabEngine.class);
    static final int SNAPSHOT_EVERY = 200;
    /** The client id of updates the server makes itself (text replaced outside the editor). */
    public static final String SERVER_CLIENT_ID = "jointly-server";
    private static final String USER_CONTEXT_KEY = CollabEngine.class.getName();

    private final CollabCluster cluster;
    private final IMap<String, DocState> docs;
    private final GroupCommitter committer;
    private final UpdateLog updateLog;
    private final DocLoader loader;
    private final LockedTexts lockedTexts;
    private final TextOwners owners;
    private final ExecutorService background = Executors.newVirtualThreadPerTaskExecutor();
    private final PushQueues queues = new PushQueues();
    private final PushTimings timings = new PushTimings();

    /** The answer to a push: accepted or not, and the version after it. */
    public record PushResult(boolean accepted, int version) {
    }

    /** A text as a joining client receives it. */
    public record Joined(int version, String text, String authorsJson, String authorNamesJson) {
    }

    CollabEngine(CollabCluster cluster, GroupCommitter committer, UpdateLog updateLog, DocLoader loader,
                 LockedTexts lockedTexts, TextOwners owners) {
        this.cluster = cluster;
        this.owners = owners;
        this.lockedTexts = lockedTexts;
        this.docs = cluster.docs();
        this.committer = committer;
        this.updateLog = updateLog;
        this.loader = loader;
        // how a push forwarded to this member finds the engine (ForwardedPush runs in Hazelcast's executor)
        cluster.hazelcast().getUserContext().put(USER_CONTEXT_KEY, this);
    }

    /** This member's engine, or null while it is not (or no longer) running. */
    static CollabEngine of(HazelcastInstance hazelcast) {
        return (CollabEngine) hazelcast.getUserContext().get(USER_CONTEXT_KEY);
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

    /** Accepts (or refuses) a push on the text's owner; answers once it is durable and committed. */
    public PushResult push(String doc, PushRequest request) {
        long start = System.nanoTime();
        boolean[] forwarded = {true};
        PushResult result = owners.onOwner(doc, new ForwardedPush(doc, request), () -> {
            forwarded[0] = false;
            return pushHere(doc, request);
        });
        if (forwarded[0]) {
            timings.recordForward(System.nanoTime() - start);
        }
        return result;
    }

    /** Deals with a push on this member: the text's owner, or the member that forwarded it if no owner could. */
    PushResult pushHere(String doc, PushRequest request) {
        long arrived = System.nanoTime();
        PushQueue queue = queues.enter(doc);
        PendingPush pending = queue.add(request);
        queue.lock();
        try {
            // an earlier holder may have taken this push into its batch already
            while (!pending.isDone()) {
                List<PendingPush> batch = queue.drain();
                try {
                    if (lockedTexts.isLocked(doc)) {
                        // the flag is set before the agreement's replacement update, which waits in this queue
                        batch.forEach(p -> p.fail(LockedTexts.refusal()));
                    } else {
                        commitBatch(doc, batch, arrived);
                    }
                } catch (RuntimeException e) {
                    batch.stream().filter(p -> !p.isDone()).forEach(p -> p.fail(e));
                }
            }
        } finally {
            queue.unlock();
            queues.leave(doc);
        }
        return pending.result();
    }

    /**
     * Makes the live text equal {@code text} (when the stored text was replaced, e.g. by a tentative agreement)
     * with one update computed against the current version on the text's owner, between two batches of pushes,
     * so it never races with typing.
     */
    public void replaceText(String doc, String text, String userId, String userName) {
        owners.onOwner(doc, new ForwardedPush(doc, text, userId, userName),
                () -> replaceHere(doc, text, userId, userName));
    }

    /** The replacement on this member, in the text's queue; tried again if another member wrote meanwhile. */
    PushResult replaceHere(String doc, String text, String userId, String userName) {
        String target = DocLoader.normalise(text);
        PushQueue queue = queues.enter(doc);
        queue.lock();
        try {
            for (int attempt = 0; attempt < 3; attempt++) {
                ReadProcessor.Snapshot current = read(doc, -1);
                if (current.text().equals(target)) {
                    return new PushResult(true, current.version());
                }
                String changes = ChangeSetJson.write(TextDiff.replacement(current.text(), target));
                PendingPush replacement = new PendingPush(new PushRequest(current.version(),
                        List.of(SERVER_CLIENT_ID), List.of(changes), userId, userName));
                commitBatch(doc, List.of(replacement), System.nanoTime());
                if (replacement.result().accepted()) {
                    return replacement.result();
                }
            }
            throw new ProtocolException("unavailable", "The text changed while it was being replaced.");
        } finally {
            queue.unlock();
            queues.leave(doc);
        }
    }

    /** True when the text has co-editing state (in the cluster or in the log). */
    public boolean isCoEdited(String doc) {
        return docs.containsKey(doc) || updateLog.snapshot(doc).isPresent();
    }

    /** Accepts, stores, commits and publishes a batch of pushes for {@code doc}; the caller holds its queue. */
    private void commitBatch(String doc, List<PendingPush> batch, long arrived) {
        long t0 = System.nanoTime();
        List<PrepareResult> results = prepare(doc, batch.stream().map(PendingPush::request).toList());
        long t1 = System.nanoTime();
        List<StoredUpdate> accepted = new ArrayList<>();
        int base = -1;
        for (int i = 0; i < batch.size(); i++) {
            PrepareResult result = results.get(i);
            switch (result.outcome()) {
                case TOO_OLD -> batch.get(i).answer(new PushResult(false, result.currentVersion()));
                case REFUSED -> batch.get(i).fail(new ProtocolException(result.errorCode(), result.message()));
                case NOT_LOADED -> batch.get(i).fail(new NotFoundException("No such text."));
                case ACCEPT -> {
                    if (base < 0 && !result.updates().isEmpty()) {
                        base = result.currentVersion();
                    }
                    accepted.addAll(result.updates());
                }
            }
        }
        if (!accepted.isEmpty() && !store(doc, base, accepted)) {
            answerAccepted(batch, results, r -> new PushResult(false, r.currentVersion()));
            return;
        }
        long t2 = System.nanoTime();
        if (!accepted.isEmpty()) {
            commit(doc, base, accepted);
        }
        timings.record(t0 - arrived, t1 - t0, t2 - t1, System.nanoTime() - t2, batch.size());
        answerAccepted(batch, results, r -> new PushResult(true,
                r.updates().isEmpty() ? r.currentVersion() : r.updates().getLast().version()));
    }

    private static void answerAccepted(List<PendingPush> batch, List<PrepareResult> results,
                                       Function<PrepareResult, PushResult> answer) {
        for (int i = 0; i < batch.size(); i++) {
            if (results.get(i).outcome() == PrepareResult.Outcome.ACCEPT) {
                batch.get(i).answer(answer.apply(results.get(i)));
            }
        }
    }

    private List<PrepareResult> prepare(String doc, List<PushRequest> requests) {
        for (int attempt = 0; ; attempt++) {
            List<PrepareResult> results = docs.executeOnKey(doc, new PrepareProcessor(requests)).results();
            if (attempt > 2 || results.getFirst().outcome() != PrepareResult.Outcome.NOT_LOADED) {
                return results;
            }
            ensureLoaded(doc);
        }
    }

    /** Makes the batch durable; false when its first version is taken (the cluster state was behind the log). */
    private boolean store(String doc, int base, List<StoredUpdate> updates) {
        try {
            committer.write(doc, updates).get(15, TimeUnit.SECONDS);
            return true;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof GroupCommitter.VersionTakenException) {
                recover(doc, base);
                return false;
            }
            throw new ProtocolException("unavailable", "The update could not be stored; try again.");
        } catch (TimeoutException e) {
            throw new ProtocolException("unavailable", "Storing the update took too long; try again.");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ProtocolException("unavailable", "Interrupted.");
        }
    }

    /** Commits durable updates to the cluster state and publishes each push's group, in version order. */
    private void commit(String doc, int base, List<StoredUpdate> updates) {
        int version = docs.executeOnKey(doc, new CommitProcessor(base, updates));
        if (version < 0) {
            // durable but the cluster state moved (another member worked on the text meanwhile): trust the log
            recover(doc, base);
            return;
        }
        cluster.updatesTopic().publish(PublishedUpdates.of(doc, updates));
        if (version / SNAPSHOT_EVERY > base / SNAPSHOT_EVERY) {
            background.submit(() -> snapshot(doc));
        }
    }

    /** The log is ahead of the cluster state: reload from it and tell every node about the updates it missed. */
    private void recover(String doc, int knownVersion) {
        DocState state = loader.load(doc);
        docs.set(doc, state);
        log.warn("Text {} reloaded from the update log at version {} (cluster had {})", doc, state.version(),
                knownVersion);
        List<StoredUpdate> missed = updateLog.read(doc, knownVersion, state.version());
        if (!missed.isEmpty()) {
            cluster.updatesTopic().publish(PublishedUpdates.of(doc, missed));
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
        cluster.hazelcast().getUserContext().remove(USER_CONTEXT_KEY, this);
        background.shutdown();
    }
}
