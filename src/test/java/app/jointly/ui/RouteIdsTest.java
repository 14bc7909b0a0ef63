package app.jointly.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import app.jointly.shared.ForbiddenException;
import app.jointly.shared.WorkspaceId;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.RouteParameters;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RouteIdsTest {

    private static BeforeEnterEvent routedTo(String workspaceId) {
        BeforeEnterEvent event = mock(BeforeEnterEvent.class);
        when(event.getRouteParameters()).thenReturn(new RouteParameters("workspaceId", workspaceId));
        return event;
    }

    @Test
    void opensTheRoutedWorkspaceWithTheViewsOwnCall() {
        String id = "ws-7f3a9c";
        BeforeEnterEvent event = routedTo(id);
        assertThat(RouteIds.openWorkspace(event, WorkspaceId::value)).contains(id);
        verify(event, never()).rerouteToError(any(Class.class));
    }

    @Test
    void aMalformedIdIsNotFoundAndNothingIsOpened() {
        BeforeEnterEvent event = routedTo("../../etc");
        AtomicInteger opened = new AtomicInteger();
        assertThat(RouteIds.openWorkspace(event, workspace -> opened.incrementAndGet())).isEmpty();
        assertThat(opened).hasValue(0);
        verify(event).rerouteToError(NotFoundException.class);
    }

    @Test
    void aWorkspaceTheCallerMayNotSeeLooksLikeOneThatDoesNotExist() {
        BeforeEnterEvent event = routedTo("ws-7f3a9c");
        assertThat(RouteIds.openWorkspace(event, workspace -> {
            throw new ForbiddenException("Not a member.");
        })).isEmpty();
        verify(event).rerouteToError(NotFoundException.class);
    }
}
