package app.jointly.collab.internal;

import com.hazelcast.cluster.Member;
import com.hazelcast.config.ExecutorConfig;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.core.HazelcastInstanceNotActiveException;
import com.hazelcast.core.IExecutorService;
import com.hazelcast.spi.exception.RetryableException;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Which member does a text's work: the owner of the text's partition in the authority map. Every push for a text,
 * from whichever node it arrived at, is sent there ({@link ForwardedPush}), so the pushes waiting from all nodes
 * meet in one {@link PushQueue} and are accepted, written and committed in one place, with the authority's entry
 * local and no cluster lock held across round trips. When the owner leaves or dies while a forwarded push waits,
 * the push is sent again to the new owner: that is safe because a push the old owner had already written is
 * either found in the log (its version is taken, the new owner reloads and answers {@code accepted:false}) or,
 * after a reload, dropped by the rebase as a resend (same client, already accepted).
 */
@Component
class TextOwners {

    private static final Logger log = LoggerFactory.getLogger(TextOwners.class);
    static final String EXECUTOR = "collab-owner";
    /** Forwarded pushes wait on the owner for their batch, each holding one of these (cached, made on demand). */
    static final int POOL_SIZE = 512;
    static final int MAX_ATTEMPTS = 5;
    static final long RETRY_PAUSE_MS = 200;
    /** As long as a push waits for its batch on the owner ({@link PendingPush#result}), and a little more. */
    static final long TIMEOUT_SECONDS = 65;

    private final HazelcastInstance hazelcast;
    private final IExecutorService executor;

    TextOwners(CollabCluster cluster) {
        this.hazelcast = cluster.hazelcast();
        hazelcast.getConfig().addExecutorConfig(new ExecutorConfig(EXECUTOR).setPoolSize(POOL_SIZE)
                .setStatisticsEnabled(false));
        this.executor = hazelcast.getExecutorService(EXECUTOR);
    }

    /** The text's owner, or null when this member is (or no owner is known yet: do the work here). */
    Member remoteOwner(String doc) {
        Member owner = hazelcast.getPartitionService().getPartition(doc).getOwner();
        return owner == null || owner.localMember() ? null : owner;
    }

    /**
     * The answer of {@code task} run on the text's owner, or of {@code here} when this member owns it; the task is
     * sent again when its owner left before answering.
     */
    CollabEngine.PushResult onOwner(String doc, Callable<OwnerAnswer> task, Supplier<CollabEngine.PushResult> here) {
        for (int attempt = 1; ; attempt++) {
            Member owner = remoteOwner(doc);
            if (owner == null) {
                return here.get();
            }
            try {
                OwnerAnswer answer = executor.submitToMember(task, owner).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
                return answer.isNotHere() ? here.get() : answer.result();
            } catch (ExecutionException e) {
                if (!ownerGone(e) || attempt == MAX_ATTEMPTS) {
                    log.warn("Forwarding a push for {} to {} failed", doc, owner, e);
                    throw new ProtocolException("unavailable", "The text's server could not be reached; try again.");
                }
                log.info("Owner {} of text {} left; sending the push again (attempt {})", owner, doc, attempt + 1);
                pause(attempt);
            } catch (RejectedExecutionException e) {
                if (attempt == MAX_ATTEMPTS) {
                    throw new ProtocolException("unavailable", "The text's server is shutting down; try again.");
                }
                pause(attempt);
            } catch (TimeoutException e) {
                throw new ProtocolException("unavailable", "The push took too long; try again.");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ProtocolException("unavailable", "Interrupted.");
            }
        }
    }

    /** MemberLeftException (itself an ExecutionException), TargetNotMemberException, ... are retryable. */
    private static boolean ownerGone(ExecutionException e) {
        Throwable cause = e.getCause();
        return e instanceof RetryableException || cause instanceof RetryableException
                || cause instanceof HazelcastInstanceNotActiveException || cause instanceof RejectedExecutionException;
    }

    private static void pause(int attempt) {
        try {
            // the partition table names the new owner once the cluster has noticed the departure
            Thread.sleep(RETRY_PAUSE_MS * attempt);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ProtocolException("unavailable", "Interrupted.");
        }
    }
}
