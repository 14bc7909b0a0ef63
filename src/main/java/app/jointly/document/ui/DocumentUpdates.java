package app.jointly.document.ui;

import app.jointly.document.DocumentChanged;
import app.jointly.document.SectionTextReplaced;
import app.jointly.shared.DocumentId;
import app.jointly.shared.UserId;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiConsumer;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Passes document changes made on this node to the open document pages (which refresh through {@code UI.access}).
 * Pages register on attach and unregister on detach.
 */
@Component
class DocumentUpdates {

    private final List<Listener> listeners = new CopyOnWriteArrayList<>();

    Runnable register(DocumentId document, BiConsumer<Long, UserId> onChange) {
        Listener listener = new Listener(document, onChange);
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    @EventListener
    void on(DocumentChanged event) {
        notify(event.documentId(), event.version(), event.by());
    }

    @EventListener
    void on(SectionTextReplaced event) {
        notify(event.documentId(), event.documentVersion(), event.by());
    }

    private void notify(DocumentId document, long version, UserId by) {
        for (Listener listener : listeners) {
            if (listener.document.equals(document)) {
                listener.onChange.accept(version, by);
            }
        }
    }

    private record Listener(DocumentId document, BiConsumer<Long, UserId> onChange) {
    }
}
