package app.jointly.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.springframework.context.event.EventListener;


/**
 * Lets open views react to application events (local, or relayed from other nodes as
 * {@link app.jointly.shared.ClusterEvent}s) through server push. Views subscribe while attached; the callback runs
 * inside {@code UI.access}, so it may touch components. Views stay prototype-scoped, so they cannot be Spring
 * event listeners themselves.
 */
@org.springframework.stereotype.Component
public class LiveUpdates {

    private final CopyOnWriteArrayList<Subscription<?>> subscriptions = new CopyOnWriteArrayList<>();

    /**
     * Subscribes {@code view} to events of {@code type} matching {@code filter} until it detaches. The filter runs
     * on the publishing thread and must be cheap and must enforce privacy (e.g. only the party's own drafts).
     */
    public <E> void subscribe(Component view, Class<E> type, Predicate<? super E> filter, Consumer<? super E> action) {
        view.addAttachListener(attach -> {
            Subscription<E> subscription = new Subscription<>(attach.getUI(), type, filter, action);
            subscriptions.add(subscription);
            Registration[] detach = new Registration[1];
            detach[0] = view.addDetachListener(e -> {
                subscriptions.remove(subscription);
                detach[0].remove();
            });
        });
    }

    @EventListener
    void deliver(Object event) {
        for (Subscription<?> subscription : subscriptions) {
            subscription.offer(event);
        }
    }

    int subscriberCount() {
        return subscriptions.size();
    }

    private record Subscription<E>(UI ui, Class<E> type, Predicate<? super E> filter, Consumer<? super E> action) {

        void offer(Object event) {
            if (!type.isInstance(event)) {
                return;
            }
            E typed = type.cast(event);
            if (filter.test(typed) && ui.isAttached()) {
                ui.access(() -> action.accept(typed));
            }
        }
    }
}
