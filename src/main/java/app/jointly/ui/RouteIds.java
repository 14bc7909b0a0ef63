package app.jointly.ui;

import app.jointly.shared.Ids;
import app.jointly.shared.WorkspaceId;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.NotFoundException;
import java.util.Optional;

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
}
