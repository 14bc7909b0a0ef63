package app.jointly.effects.internal;

import app.jointly.effects.internal.OutboxStore.Entry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Carries out a document's pending effects in the order they were recorded: claims an entry for a short lease
 * (so two nodes rarely both work on it), publishes its event synchronously to every listener and removes the
 * entry only when they all returned. A failure postpones the entry with exponential back-off and stops the
 * document's later entries until it succeeds, so effects of one document keep their order.
 */
@Component
public class EffectDispatcher {

    private static final Logger log = LoggerFactory.getLogger(EffectDispatcher.class);
    /** Bounds one call; whatever is left waits for the next pass. */
    private static final int MAX_PER_DOCUMENT = 100;

    private final OutboxStore store;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;
    private final Duration lease;
    private final Duration firstRetry;
    private final Duration maxRetry;

    public EffectDispatcher(OutboxStore store, ApplicationEventPublisher publisher, Clock clock,
                     @Value("${jointly.effects.lease:10s}") Duration lease,
                     @Value("${jointly.effects.first-retry:1s}") Duration firstRetry,
                     @Value("${jointly.effects.max-retry:5m}") Duration maxRetry) {
        this.store = store;
        this.publisher = publisher;
        this.clock = clock;
        this.lease = lease;
        this.firstRetry = firstRetry;
        this.maxRetry = maxRetry;
    }

    /** @return how many entries of the document were carried out */
    public int deliver(String collection, String documentId) {
        int done = 0;
        // always the first entry: a carried-out entry is pulled, so the next one moves up to the front
        for (int round = 0; round < MAX_PER_DOCUMENT; round++) {
            List<Entry> entries = store.entries(collection, documentId);
            if (entries.isEmpty()) {
                return done;
            }
            Entry entry = entries.getFirst();
            Instant now = clock.instant();
            if (entry.nextAttemptAt().isAfter(now)
                    || !store.claim(collection, documentId, 0, entry.id(), now, now.plus(lease))) {
                return done; // held by another node, or waiting for its retry: later entries wait too
            }
            int attempt = entry.attempts() + 1;
            try {
                publisher.publishEvent(store.event(entry));
            } catch (RuntimeException e) {
                Instant retryAt = clock.instant().plus(backoff(attempt));
                store.postpone(collection, documentId, 0, entry.id(), retryAt, e.toString());
                log.warn("Effect {} ({}) of {}/{} failed on attempt {}; retrying at {}", entry.id(),
                        entry.type(), collection, documentId, attempt, retryAt, e);
                return done;
            }
            store.complete(collection, documentId, entry.id());
            if (attempt > 1) {
                log.info("Effect {} ({}) of {}/{} carried out on attempt {}", entry.id(), entry.type(), collection,
                        documentId, attempt);
            }
            done++;
        }
        return done;
    }

    /** One pass over every watched collection: what is due, whatever node recorded it. */
    public int deliverDue(int limitPerCollection) {
        int done = 0;
        for (String collection : store.watched()) {
            for (String documentId : store.due(collection, clock.instant(), limitPerCollection)) {
                done += deliver(collection, documentId);
            }
        }
        return done;
    }

    Duration backoff(int attempt) {
        Duration delay = firstRetry.multipliedBy(1L << Math.min(attempt - 1, 20));
        return delay.compareTo(maxRetry) > 0 ? maxRetry : delay;
    }
}
