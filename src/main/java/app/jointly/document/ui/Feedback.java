package app.jointly.document.ui;

import app.jointly.shared.ConflictException;
import app.jointly.shared.JointlyException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/** Notifications for the document pages; errors stay until closed, so nobody misses a refused change. */
final class Feedback {

    private Feedback() {
    }

    static void saved(String message) {
        Notification notification = Notification.show(message, 3000, Notification.Position.BOTTOM_START);
        notification.addThemeVariants(NotificationVariant.SUCCESS);
    }

    /** Shows the refusal; a conflict offers to reload the document. */
    static void refused(JointlyException e, Runnable reload) {
        Notification notification = new Notification();
        notification.addThemeVariants(NotificationVariant.ERROR);
        notification.setPosition(Notification.Position.MIDDLE);
        Span text = new Span(e.getMessage());
        Button close = new Button("Close", click -> notification.close());
        close.addThemeVariants(ButtonVariant.TERTIARY);
        HorizontalLayout content = new HorizontalLayout(text);
        content.setAlignItems(HorizontalLayout.Alignment.CENTER);
        if (e instanceof ConflictException) {
            Button reloadButton = new Button("Reload", click -> {
                notification.close();
                reload.run();
            });
            reloadButton.addThemeVariants(ButtonVariant.PRIMARY);
            content.add(reloadButton);
        }
        content.add(close);
        notification.add(content);
        notification.open();
        close.focus();
    }
}
