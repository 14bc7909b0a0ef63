package app.jointly.ui;

import app.jointly.shared.JointlyException;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/** The two kinds of feedback every view gives: a short confirmation, or why something was refused. */
public final class Notifications {

    private Notifications() {
    }

    public static void success(String text) {
        Notification n = Notification.show(text, 3000, Notification.Position.BOTTOM_START);
        n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    public static void error(String text) {
        Notification n = Notification.show(text, 6000, Notification.Position.MIDDLE);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    /** Runs an action and turns a refusal into a readable message instead of an error page. */
    public static boolean attempt(Runnable action) {
        try {
            action.run();
            return true;
        } catch (JointlyException e) {
            error(e.getMessage());
            return false;
        } catch (org.springframework.dao.OptimisticLockingFailureException e) {
            error("Someone else changed this in the meantime. Reload and apply your change again.");
            return false;
        }
    }
}
