package app.jointly.proposal.ui;

import app.jointly.proposal.ProposalChanged;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Hands {@link ProposalChanged} notices (local ones, and remote ones re-published by the cluster relay) to the
 * open views of this node. Views filter by workspace and caucus themselves and update through {@code UI.access}.
 */
@Component
class ProposalChangeListeners {

    private static final Logger log = LoggerFactory.getLogger(ProposalChangeListeners.class);

    private final Set<Consumer<ProposalChanged>> listeners = ConcurrentHashMap.newKeySet();

    /** @return what to run to stop listening (from the view's onDetach) */
    Runnable register(Consumer<ProposalChanged> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    @EventListener
    void on(ProposalChanged change) {
        for (Consumer<ProposalChanged> listener : listeners) {
            try {
                listener.accept(change);
            } catch (RuntimeException e) {
                log.warn("A proposal view failed to take a change notice", e);
            }
        }
    }
}
