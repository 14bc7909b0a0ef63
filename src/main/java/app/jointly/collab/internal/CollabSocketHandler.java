package app.jointly.collab.internal;

import app.jointly.collab.CollabLimits;
import app.jointly.identity.AuthenticatedUser;
import app.jointly.identity.CurrentUser;
import app.jointly.shared.JointlyException;
import java.security.Principal;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.BinaryMessage;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.TextWebSocketHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * The socket at /api/v1/collab. The security chain has already refused upgrades without a session or a valid
 * token; here every message is parsed, rate-limited and handed to {@link CollabProtocol}. A bad message earns an
 * error for its sender only.
 */
@Component
class CollabSocketHandler extends TextWebSocketHandler implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(CollabSocketHandler.class);
    static final int FRAGMENT = 4096;

    private final CollabProtocol protocol;
    private final Map<String, ClientConnection> connections = new ConcurrentHashMap<>();
    private final ExecutorService sender = Executors.newVirtualThreadPerTaskExecutor();
    private final SendTimings sendTimings = new SendTimings();

    CollabSocketHandler(CollabProtocol protocol) {
        this.protocol = protocol;
    }

    int connectionCount() {
        return connections.size();
    }

    @Override
    public void afterConnectionEstablished(WebSocketSession session) throws Exception {
        Optional<AuthenticatedUser> user = userOf(session.getPrincipal());
        if (user.isEmpty()) {
            session.close(CloseStatus.POLICY_VIOLATION.withReason("unauthorized"));
            return;
        }
        // small frame buffers: the container allocates them per connection; long messages arrive in parts
        session.setTextMessageSizeLimit(FRAGMENT);
        String id = UUID.randomUUID().toString();
        connections.put(session.getId(), new ClientConnection(id, session, user.get(), sender, sendTimings));
    }

    private static Optional<AuthenticatedUser> userOf(Principal principal) {
        return principal instanceof Authentication authentication ? CurrentUser.from(authentication)
                : Optional.empty();
    }

    @Override
    public boolean supportsPartialMessages() {
        return true;
    }

    @Override
    protected void handleTextMessage(WebSocketSession session, TextMessage part) {
        ClientConnection connection = connections.get(session.getId());
        if (connection == null) {
            return;
        }
        String payload = connection.assemble(part.getPayload(), part.isLast());
        if (payload == null) {
            return;
        }
        if (payload.length() > CollabLimits.MAX_MESSAGE) {
            connection.send(error(null, "too-large", "A message may have at most " + CollabLimits.MAX_MESSAGE
                    + " characters."));
            return;
        }
        handle(connection, payload);
    }

    private void handle(ClientConnection connection, String payload) {
        if (!connection.tryConsume()) {
            connection.send(error(null, "rate-limited", "Too many messages: slow down."));
            return;
        }
        String doc = null;
        try {
            JsonNode json = JsonSupport.tree(payload);
            if (!json.isObject() || !json.path("type").isString()) {
                throw new ProtocolException("bad-message", "A message is a JSON object with a type.");
            }
            doc = CollabProtocol.docOf(json);
            protocol.handle(connection, json.get("type").asString(), doc, json);
        } catch (JacksonException e) {
            connection.send(error(doc, "bad-message", "Not valid JSON."));
        } catch (JointlyException e) {
            connection.send(error(doc, e.code(), e.getMessage()));
        } catch (RuntimeException e) {
            log.warn("Collab message from {} failed", connection.user().username(), e);
            connection.send(error(doc, "unavailable", "Something went wrong here; try again."));
        }
    }

    @Override
    protected void handleBinaryMessage(WebSocketSession session, BinaryMessage message) {
        ClientConnection connection = connections.get(session.getId());
        if (connection != null) {
            connection.send(error(null, "bad-message", "Messages are JSON text."));
        }
    }

    static String error(String doc, String code, String message) {
        StringBuilder out = new StringBuilder("{\"type\":\"error\",\"doc\":");
        if (doc == null) {
            out.append("null");
        } else {
            JsonText.appendString(out, doc);
        }
        out.append(",\"code\":");
        JsonText.appendString(out, code).append(",\"message\":");
        return JsonText.appendString(out, message).append('}').toString();
    }

    @Override
    public void afterConnectionClosed(WebSocketSession session, CloseStatus status) {
        ClientConnection connection = connections.remove(session.getId());
        if (connection != null) {
            for (String doc : connection.joined().keySet()) {
                try {
                    protocol.leave(connection, doc);
                } catch (RuntimeException e) {
                    log.debug("Leaving {} on close failed: {}", doc, e.getMessage());
                }
            }
        }
    }

    @Override
    public void destroy() {
        sender.shutdown();
    }
}
