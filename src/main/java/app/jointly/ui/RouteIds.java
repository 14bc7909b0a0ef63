package app.jointly.ui;

import app.jointly.shared.Ids;
import app.jointly.shared.JointlyException;
import app.jointly.shared.WorkspaceId;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.NotFoundException;
import java.util.Optional;
import java.util.function.Function;

/** Reads ids from a route; a malformed id is answered like an unknown one, with the not-found view. */
public final class RouteIds {

    private RouteIds() {
    }

    /** The route's {@code workspaceId}, or empty after rerouting to not-found when it is not a valid id. */
    public static Optional<WorkspaceId> workspaceId(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get("workspaceId").orElse("");
        if (!Ids.isValid(id)) {
            event.rerouteToError(NotFoundException.class);
            return Optional.empty();
        }
        return Optional.of(new WorkspaceId(id));
    }

    /**
     * Opens the route's workspace with {@code opener} (the view's service call, which checks the caller's access),
     * or answers with the not-found view when the id is malformed or the opener refuses: a workspace the caller
     * may not see looks exactly like one that does not exist.
     */
    public static <T> Optional<T> openWorkspace(BeforeEnterEvent event, Function<WorkspaceId, T> opener) {
        Optional<WorkspaceId> routed = workspaceId(event);
        if (routed.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(opener.apply(routed.get()));
        } catch (JointlyException e) {
            event.rerouteToError(NotFoundException.class);
            return Optional.empty();
        }
    }
}
