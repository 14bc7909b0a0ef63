package app.jointly.collab.internal;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** A push waiting for its text on this node, and its answer once a batch has dealt with it. */
final class PendingPush {

    private final PushRequest request;
    private final CompletableFuture<CollabEngine.PushResult> answer = new CompletableFuture<>();

    PendingPush(PushRequest request) {
        this.request = request;
    }

    PushRequest request() {
        return request;
    }

    boolean isDone() {
        return answer.isDone();
    }

    void answer(CollabEngine.PushResult result) {
        answer.complete(result);
    }

    void fail(RuntimeException refusal) {
        answer.completeExceptionally(refusal);
    }

    /** The answer, or the refusal thrown as it was made. */
    CollabEngine.PushResult result() {
        try {
            return answer.get(60, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException refusal) {
                throw refusal;
            }
            throw new ProtocolException("unavailable", "The push failed; try again.");
        } catch (TimeoutException e) {
            throw new ProtocolException("unavailable", "The push took too long; try again.");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ProtocolException("unavailable", "Interrupted.");
        }
    }
}
