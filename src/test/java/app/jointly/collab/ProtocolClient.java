package app.jointly.collab;

import app.jointly.collab.internal.ChangeSet;
import app.jointly.collab.internal.ChangeSetJson;
import app.jointly.collab.internal.ClientModel;
import app.jointly.collab.internal.JsonSupport;
import app.jointly.collab.internal.Update;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import tools.jackson.databind.JsonNode;

/**
 * A protocol client in Java for tests and the benchmark, behaving like the browser editor built on
 * {@code @codemirror/collab}: it keeps one text, pushes its unconfirmed updates (one push in flight at a time),
 * applies the updates it receives (skipping ranges it has, pulling on gaps) and pulls then pushes after
 * {@code accepted:false}.
 */
public final class ProtocolClient implements WebSocket.Listener, AutoCloseable {

    /** One client (one selector thread) for all sockets, as many simulated clients share this JVM. */
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final String doc;
    private volatile WebSocket socket;
    private final BlockingQueue<JsonNode> inbox = new LinkedBlockingQueue<>();
    private final StringBuilder partial = new StringBuilder();
    private final List<JsonNode> errors = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final CompletableFuture<JsonNode> joined = new CompletableFuture<>();
    private volatile ClientModel model;
    private volatile boolean inFlight;
    private volatile Consumer<JsonNode> onUpdates = m -> { };
    private volatile boolean closed;

    private final String clientId;
    private final String token;

    private ProtocolClient(String baseUrl, String token, String doc, String clientId) {
        this.doc = doc;
        this.token = token;
        this.clientId = clientId;
        this.socket = open(baseUrl);
    }

    private WebSocket open(String baseUrl) {
        URI uri = URI.create(baseUrl.replaceFirst("^http", "ws") + "/api/v1/collab");
        return HTTP.newWebSocketBuilder()
                .header("Authorization", "Bearer " + token)
                .connectTimeout(Duration.ofSeconds(10))
                .buildAsync(uri, this).join();
    }

    /**
     * Connects again (to any node), keeping the text and the unconfirmed edits made meanwhile: joins, pulls what
     * it missed, then pushes, as the browser editor does.
     */
    public void reconnect(String baseUrl) {
        inFlight = false;
        partial.setLength(0);
        socket = open(baseUrl);
        closed = false;
        send("{\"type\":\"join\",\"doc\":\"" + doc + "\"}");
    }

    /** Connects and joins {@code doc}, waiting for the joined answer. */
    public static ProtocolClient join(String baseUrl, String token, String doc, String clientId) {
        ProtocolClient client = new ProtocolClient(baseUrl, token, doc, clientId);
        client.send("{\"type\":\"join\",\"doc\":\"" + doc + "\"}");
        client.joined.orTimeout(60, TimeUnit.SECONDS).join();
        return client;
    }

    public static ProtocolClient connect(String baseUrl, String token) {
        return new ProtocolClient(baseUrl, token, "none", "none");
    }

    public String clientId() {
        return clientId;
    }

    public ClientModel model() {
        return model;
    }

    public void onUpdates(Consumer<JsonNode> listener) {
        this.onUpdates = listener;
    }

    public synchronized void send(String json) {
        try {
            socket.sendText(json, true).join();
        } catch (RuntimeException e) {
            // offline: the edits stay unconfirmed and go out after reconnecting
            closed = true;
            inFlight = false;
        }
    }

    /** Messages other than updates/pushed/joined (errors, presence...), in arrival order. */
    public JsonNode next(long timeoutMs) throws InterruptedException {
        return inbox.poll(timeoutMs, TimeUnit.MILLISECONDS);
    }

    /** Applies a local edit and pushes when nothing is in flight. */
    public void edit(ChangeSet changes) {
        model.edit(changes);
        pushIfIdle();
    }

    /** Applies an edit made for the current text (atomically with respect to incoming updates). */
    public void edit(java.util.function.Function<String, ChangeSet> edit) {
        ClientModel current = model;
        synchronized (current) {
            current.edit(edit.apply(current.text()));
        }
        pushIfIdle();
    }

    public synchronized void pushIfIdle() {
        if (inFlight || closed) {
            return;
        }
        ClientModel current = model;
        List<ChangeSet> pending;
        int version;
        synchronized (current) {
            // together: an update received in between would leave the list and the version out of step
            pending = current.unconfirmed();
            version = current.version();
        }
        if (pending.size() > CollabLimits.MAX_UPDATES_PER_PUSH) {
            pending = pending.subList(0, CollabLimits.MAX_UPDATES_PER_PUSH);
        }
        if (pending.isEmpty()) {
            return;
        }
        inFlight = true;
        pushSentNanos = System.nanoTime();
        pushCount = pending.size();
        StringBuilder out = new StringBuilder("{\"type\":\"push\",\"doc\":\"").append(doc).append("\",\"version\":")
                .append(version).append(",\"updates\":[");
        for (int i = 0; i < pending.size(); i++) {
            out.append(i > 0 ? "," : "").append("{\"clientID\":\"").append(clientId).append("\",\"changes\":")
                    .append(ChangeSetJson.write(pending.get(i))).append('}');
        }
        send(out.append("]}").toString());
    }

    public boolean idle() {
        return !inFlight && model.unconfirmed().isEmpty();
    }

    public void pull() {
        send("{\"type\":\"pull\",\"doc\":\"" + doc + "\",\"version\":" + model.version() + "}");
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        if (webSocket != socket) {
            // a message still arriving on a socket replaced by a reconnection: the new one brings everything
            webSocket.request(1);
            return null;
        }
        partial.append(data);
        if (last) {
            String text = partial.toString();
            partial.setLength(0);
            try {
                handle(JsonSupport.tree(text));
            } catch (RuntimeException e) {
                inbox.add(JsonSupport.tree("{\"type\":\"client-failure\",\"message\":" + quote(e.toString()) + "}"));
            }
        }
        webSocket.request(1);
        return null;
    }

    private static String quote(String s) {
        return app.jointly.collab.internal.JsonText.quote(s);
    }

    /** From now on, also queue updates and pushed answers in {@link #next}'s inbox (for protocol tests). */
    public ProtocolClient recordAll() {
        recordAll = true;
        return this;
    }

    private volatile boolean recordAll;

    /** Timing hooks for the benchmark. */
    public interface Timing {
        /** This client's push, sent at {@code sentNanos}, was accepted as versions {@code from+1..to}. */
        void accepted(int from, int to, long sentNanos);

        /** Another client's ({@code sender}'s) update with this version arrived. */
        void received(String sender, int version, long nanos);
    }

    private volatile Timing timing;
    private volatile long pushSentNanos;
    private volatile int pushCount;

    public void timing(Timing timing) {
        this.timing = timing;
    }

    private synchronized void handle(JsonNode message) {
        if (recordAll && (message.path("type").asString().equals("updates")
                || message.path("type").asString().equals("pushed"))) {
            inbox.add(message);
        }
        switch (message.path("type").asString()) {
            case "joined" -> {
                if (model == null) {
                    model = new ClientModel(clientId, message.path("text").asString(),
                            message.path("version").asInt());
                } else if (model.version() < message.path("version").asInt()) {
                    pull();
                }
                pushIfIdle();
                joined.complete(message);
                inbox.add(message);
            }
            case "updates" -> {
                receive(message);
                onUpdates.accept(message);
            }
            case "pushed" -> {
                boolean accepted = message.path("accepted").asBoolean();
                Timing t = timing;
                if (accepted && t != null) {
                    int to = message.path("version").asInt();
                    t.accepted(to - pushCount, to, pushSentNanos);
                }
                inFlight = false;
                if (!accepted) {
                    pull();
                } else if (message.path("version").asInt() <= model.version()) {
                    pushIfIdle();
                }
            }
            case "error" -> {
                if (!joined.isDone()) {
                    joined.completeExceptionally(new IllegalStateException("join refused: " + message));
                }
                errors.add(message);
                // A refused push (e.g. rate-limited) gets no "pushed": free the slot so the push is retried.
                if ("rate-limited".equals(message.path("code").asString(""))) {
                    inFlight = false;
                }
                inbox.add(message);
            }
            case "socket-closed", "socket-error" -> {
                if (!joined.isDone()) {
                    joined.completeExceptionally(new IllegalStateException("socket gone: " + message));
                }
                inbox.add(message);
            }
            default -> inbox.add(message);
        }
    }

    /** Every error received, for tests that expect none. */
    public List<JsonNode> errors() {
        return List.copyOf(errors);
    }

    private void receive(JsonNode message) {
        int from = message.path("version").asInt();
        JsonNode updates = message.path("updates");
        int have = model.version();
        if (from > have) {
            pull();
            return;
        }
        List<Update> fresh = new ArrayList<>();
        Timing t = timing;
        long now = System.nanoTime();
        for (int i = have - from; i < updates.size(); i++) {
            JsonNode u = updates.get(i);
            if (t != null && !clientId.equals(u.path("clientID").asString())) {
                t.received(u.path("clientID").asString(), from + i + 1, now);
            }
            fresh.add(new Update(u.path("clientID").asString(),
                    ChangeSetJson.read(u.path("changes"), Integer.MAX_VALUE, Integer.MAX_VALUE), null, null));
        }
        if (!fresh.isEmpty()) {
            model.receive(fresh);
        }
        pushIfIdle();
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
        if (webSocket != socket) {
            return;
        }
        closed = true;
        handle(JsonSupport.tree("{\"type\":\"socket-error\",\"message\":" + quote(String.valueOf(error)) + "}"));
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
        if (webSocket != socket) {
            return null;
        }
        closed = true;
        handle(JsonSupport.tree("{\"type\":\"socket-closed\",\"code\":" + statusCode + "}"));
        return null;
    }

    public boolean isClosed() {
        return closed;
    }

    @Override
    public void close() {
        closed = true;
        try {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye").get(2, TimeUnit.SECONDS);
        } catch (Exception e) {
            socket.abort();
        }
    }
}
