package app.jointly.collab.internal;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.socket.config.annotation.EnableWebSocket;
import org.springframework.web.socket.config.annotation.WebSocketConfigurer;
import org.springframework.web.socket.config.annotation.WebSocketHandlerRegistry;

/**
 * Registers the collaboration socket. Browsers may only connect from the app's own origin (Spring's default when
 * no origins are allowed explicitly), so another site cannot ride a signed-in user's session cookie; clients
 * that send no Origin header (tests, integrations) authenticate with a bearer token.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSocket
class CollabSocketConfiguration implements WebSocketConfigurer {

    static final String PATH = "/api/v1/collab";

    private final CollabSocketHandler handler;

    CollabSocketConfiguration(CollabSocketHandler handler) {
        this.handler = handler;
    }

    @Override
    public void registerWebSocketHandlers(WebSocketHandlerRegistry registry) {
        registry.addHandler(handler, PATH);
    }
}
