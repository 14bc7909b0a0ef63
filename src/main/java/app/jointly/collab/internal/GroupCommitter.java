package app.jointly.collab.internal;

import com.mongodb.MongoBulkWriteException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.client.model.InsertManyOptions;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Group commit for the update log: pushes on all texts hand their updates to one writer, which sends everything
 * waiting as a single unordered {@code insertMany}, so durability costs one round trip per batch instead of one
 * per push. A push whose version is already taken (another node wrote it) fails with
 * {@link VersionTakenException}; the others in the batch are unaffected.
 */
@Component
public class GroupCommitter implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(GroupCommitter.class);
    private static final int MAX_BATCH = 2_000;

    private final UpdateLog updateLog;
    private final Clock clock;
    private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
    private final Thread writer;
    private volatile boolean running = true;

    private record Pending(Document document, CompletableFuture<Void> done) {
    }

    /** Someone else already wrote one of these versions: the authority's state here is stale. */
    public static final class VersionTakenException extends RuntimeException {
        VersionTakenException() {
            super("version already in the update log");
        }
    }

    GroupCommitter(UpdateLog updateLog, Clock clock) {
        this.updateLog = updateLog;
        this.clock = clock;
        this.writer = Thread.ofPlatform().name("collab-group-commit").daemon().start(this::run);
    }

    /** Completes once the updates are durable. */
    public CompletableFuture<Void> write(String doc, List<StoredUpdate> updates) {
        Document document = UpdateLog.toDocument(doc, updates, clock.millis());
        CompletableFuture<Void> done = new CompletableFuture<>();
        if (!running) {
            done.completeExceptionally(new IllegalStateException("shutting down"));
            return done;
        }
        queue.add(new Pending(document, done));
        return done;
    }

    private void run() {
        List<Pending> batch = new ArrayList<>();
        while (running || !queue.isEmpty()) {
            try {
                Pending first = queue.poll(200, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, MAX_BATCH - 1);
                flush(batch);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                running = false;
            } catch (RuntimeException e) {
                log.error("Group commit failed", e);
                batch.forEach(p -> p.done().completeExceptionally(e));
            } finally {
                batch.clear();
            }
        }
    }

    private void flush(List<Pending> batch) {
        List<Document> all = new ArrayList<>(batch.size());
        batch.forEach(p -> all.add(p.document()));
        Set<Integer> failed = new HashSet<>();
        RuntimeException other = null;
        try {
            updateLog.updatesCollection().insertMany(all, new InsertManyOptions().ordered(false));
        } catch (MongoBulkWriteException e) {
            for (BulkWriteError error : e.getWriteErrors()) {
                if (error.getCode() != 11000) {
                    log.warn("Update log write failed: {}", error.getMessage());
                    other = e;
                }
                failed.add(error.getIndex());
            }
        }
        for (int index = 0; index < batch.size(); index++) {
            Pending pending = batch.get(index);
            if (!failed.contains(index)) {
                pending.done().complete(null);
            } else {
                pending.done().completeExceptionally(other != null ? other : new VersionTakenException());
            }
        }
    }

    @Override
    public void destroy() throws InterruptedException {
        running = false;
        writer.join(5_000);
    }
}
