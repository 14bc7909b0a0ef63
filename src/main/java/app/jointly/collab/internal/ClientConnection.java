package app.jointly.collab.internal;

import app.jointly.collab.CollabLimits;
import app.jointly.identity.AuthenticatedUser;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;

/**
 * One open socket: its user, its rate limit, the texts it joined, and an outgoing queue. Whoever queues a message
 * writes the queue out in place when it runs on a virtual thread and nobody else is writing (the receive thread
 * answering its own client's push, the thread that fans one batch out to this node's clients); a platform thread
 * (the cluster's) hands the writing to a new virtual thread instead, so a slow client never holds up the cluster
 * threads, and an idle client holds no thread at all.
 */
final class ClientConnection {

    private static final Logger log = LoggerFactory.getLogger(ClientConnection.class);
    static final int MAX_QUEUED = 10_000;

    private final String id;
    private final WebSocketSession session;
    private final AuthenticatedUser user;
    private final String color;
    private final Executor sender;
    private final Bucket bucket = Bucket.builder().addLimit(Bandwidth.builder()
            .capacity(CollabLimits.MESSAGE_BURST)
            .refillGreedy(CollabLimits.MESSAGES_PER_SECOND, Duration.ofSeconds(1)).build()).build();
    private final Map<String, Subscription> joined = new ConcurrentHashMap<>();
    private final Queue<Outgoing> outgoing = new ConcurrentLinkedQueue<>();
    private final SendTimings timings;
    private final AtomicInteger queued = new AtomicInteger();
    private final AtomicBoolean draining = new AtomicBoolean();
    private StringBuilder partial;

    private record Outgoing(String json, long queuedAt) {
    }

    ClientConnection(String id, WebSocketSession session, AuthenticatedUser user, Executor sender,
                     SendTimings timings) {
        this.id = id;
        this.session = session;
        this.user = user;
        this.color = Colors.forUser(user.id().value());
        this.sender = sender;
        this.timings = timings;
    }

    String id() {
        return id;
    }

    AuthenticatedUser user() {
        return user;
    }

    String color() {
        return color;
    }

    Map<String, Subscription> joined() {
        return joined;
    }

    /**
     * Collects the parts of a long message; answers the whole message once its last part arrived, else null.
     * Beyond the message limit the rest is dropped (and the caller answers too-large), never buffered.
     */
    String assemble(String part, boolean last) {
        if (partial == null && last) {
            return part;
        }
        if (partial == null) {
            partial = new StringBuilder(part.length() * 2);
        }
        if (partial.length() <= CollabLimits.MAX_MESSAGE) {
            partial.append(part);
        }
        if (!last) {
            return null;
        }
        String whole = partial.toString();
        partial = null;
        return whole;
    }

    boolean tryConsume() {
        return bucket.tryConsume(1);
    }

    /** Queues a message and writes the queue out ({@link #flush}). */
    void send(String json) {
        if (enqueue(json)) {
            flush();
        }
    }

    /**
     * Queues a message without writing it, for callers that hold a lock a socket write must not be made under;
     * they call {@link #flush} after letting go. False when the connection was closed for not reading.
     */
    boolean enqueue(String json) {
        if (queued.incrementAndGet() > MAX_QUEUED) {
            log.info("Closing collab socket {} of {}: it does not read its messages", id, user.username());
            close(CloseStatus.POLICY_VIOLATION.withReason("too slow"));
            return false;
        }
        outgoing.add(new Outgoing(json, System.nanoTime()));
        return true;
    }

    /**
     * Writes out what is queued unless another thread is already writing (it writes these too): here when the
     * calling thread is virtual (a write to a slow socket only parks it), else on a new virtual thread.
     */
    void flush() {
        if (!outgoing.isEmpty() && draining.compareAndSet(false, true)) {
            if (Thread.currentThread().isVirtual()) {
                drain();
            } else {
                sender.execute(this::drain);
            }
        }
    }

    private void drain() {
        do {
            Outgoing next;
            while ((next = outgoing.poll()) != null) {
                queued.decrementAndGet();
                if (!session.isOpen()) {
                    continue;
                }
                long start = System.nanoTime();
                try {
                    session.sendMessage(new TextMessage(next.json()));
                    timings.record(start - next.queuedAt(), System.nanoTime() - start);
                } catch (IOException | IllegalStateException e) {
                    log.debug("Collab socket {} send failed: {}", id, e.getMessage());
                    close(CloseStatus.SERVER_ERROR);
                }
            }
            draining.set(false);
        } while (!outgoing.isEmpty() && draining.compareAndSet(false, true));
    }

    void close(CloseStatus status) {
        try {
            session.close(status);
        } catch (IOException e) {
            log.debug("Closing collab socket {} failed: {}", id, e.getMessage());
        }
    }
}
