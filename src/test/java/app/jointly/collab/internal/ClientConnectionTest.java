package app.jointly.collab.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import app.jointly.identity.AuthenticatedUser;
import app.jointly.shared.UserId;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;

/** Outgoing messages are written in place by a virtual thread and handed to one only by a platform thread. */
class ClientConnectionTest {

    private final List<String> written = new CopyOnWriteArrayList<>();
    private final List<Thread> writers = new CopyOnWriteArrayList<>();
    private final AtomicInteger handedOff = new AtomicInteger();
    private final Executor sender = task -> {
        handedOff.incrementAndGet();
        Thread.ofVirtual().start(task);
    };

    private ClientConnection connection() throws Exception {
        WebSocketSession session = mock(WebSocketSession.class);
        when(session.isOpen()).thenReturn(true);
        doAnswer(call -> {
            written.add(((TextMessage) call.getArgument(0)).getPayload());
            writers.add(Thread.currentThread());
            return null;
        }).when(session).sendMessage(any());
        return new ClientConnection("c1", session, new AuthenticatedUser(UserId.newId(), "ana", "Ana", false),
                sender, new SendTimings());
    }

    @Test
    void aVirtualThreadWritesItsOwnMessagesWithoutAHandOff() throws Exception {
        ClientConnection connection = connection();
        Thread sending = Thread.ofVirtual().start(() -> {
            connection.send("{\"type\":\"pushed\"}");
            connection.enqueue("{\"n\":1}");
            connection.enqueue("{\"n\":2}");
            connection.flush();
        });
        sending.join();

        assertThat(handedOff).hasValue(0);
        assertThat(written).containsExactly("{\"type\":\"pushed\"}", "{\"n\":1}", "{\"n\":2}");
        assertThat(writers).containsOnly(sending);
    }

    @Test
    void aPlatformThreadHandsTheWritingToAVirtualThread() throws Exception {
        ClientConnection connection = connection();
        connection.send("{\"n\":1}");

        org.awaitility.Awaitility.await().until(() -> written.size() == 1);
        assertThat(handedOff).hasValue(1);
        assertThat(writers.getFirst().isVirtual()).isTrue();
    }

    @Test
    void enqueueAloneWritesNothing() throws Exception {
        ClientConnection connection = connection();
        connection.enqueue("{\"n\":1}");

        assertThat(written).isEmpty();
        assertThat(handedOff).hasValue(0);
    }
}
