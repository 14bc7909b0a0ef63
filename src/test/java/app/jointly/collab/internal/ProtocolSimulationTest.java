package app.jointly.collab.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;

/**
 * The protocol's client loop (as ProtocolClient and the browser editor run it) against a server that refuses every
 * stale push, with messages in per-client FIFO channels, "pushed" answers overtaking or trailing the updates, and
 * updates split into batches at random. The engine still refuses the pushes it cannot rebase as their client saw
 * the updates (made inside a group, or before its window); this checks that clients converge through refusal
 * alone whatever the batches. Rebasing is checked by {@link GroupRebaseSimulationTest}.
 */
class ProtocolSimulationTest {

    record Message(String type, int version, List<Update> updates, boolean accepted) {
    }

    static final class Client {
        final ClientModel model;
        final Deque<Message> channel = new ArrayDeque<>();
        boolean inFlight;

        Client(String id, String text) {
            model = new ClientModel(id, text, 0);
        }
    }

    final List<Update> log = new ArrayList<>();
    String server;
    Random random = new Random();
    static final boolean TRACE = Boolean.getBoolean("trace");

    @org.junit.jupiter.api.Test
    void findSmallest() {
        if (!TRACE) {
            return;
        }
        for (int steps = 2; steps < 40; steps++) {
            for (long seed = 0; seed < 3000; seed++) {
                if (!run(seed, steps, false)) {
                    run(seed, steps, true);
                    throw new AssertionError("seed " + seed + " steps " + steps);
                }
            }
        }
    }

    boolean tracing;

    boolean run(long seed, int steps, boolean trace) {
        tracing = trace;
        random = new Random(seed);
        log.clear();
        server = ChangeSetPropertyTest.randomText(random, 4);
        List<Client> clients = List.of(new Client("a", server), new Client("b", server));
        if (trace) {
            org.slf4j.LoggerFactory.getLogger("sim").info("start [{}]", server);
        }
        for (int step = 0; step < steps; step++) {
            Client client = clients.get(random.nextInt(clients.size()));
            if (random.nextInt(3) == 0) {
                ChangeSet edit = ChangeSetPropertyTest.randomChange(random, client.model.text().length());
                if (trace) {
                    org.slf4j.LoggerFactory.getLogger("sim").info("{} edits {} -> [{}]", client.model.clientId(),
                            ChangeSetJson.write(edit), edit.apply(client.model.text()));
                }
                client.model.edit(edit);
                pushIfIdle(client, clients);
            } else if (!client.channel.isEmpty()) {
                Message m = client.channel.poll();
                handle(client, m, clients);
                if (trace) {
                    org.slf4j.LoggerFactory.getLogger("sim").info("{} handles {} v{} -> [{}] v{}", client.model.clientId(),
                            m.type(), m.version(), client.model.text(), client.model.version());
                }
            }
        }
        for (int round = 0; round < 50; round++) {
            for (Client client : clients) {
                while (!client.channel.isEmpty()) {
                    handle(client, client.channel.poll(), clients);
                }
                pushIfIdle(client, clients);
            }
        }
        if (trace) {
            for (Update u : log) {
                org.slf4j.LoggerFactory.getLogger("sim").info("log {} {}", u.clientId(), ChangeSetJson.write(u.changes()));
            }
            org.slf4j.LoggerFactory.getLogger("sim").info("server [{}] a [{}] b [{}]", server,
                    clients.get(0).model.text(), clients.get(1).model.text());
        }
        return clients.stream().allMatch(c -> c.model.text().equals(server) && c.model.unconfirmed().isEmpty());
    }

    @RepeatedTest(50)
    void clientsFollowingTheProtocolConverge() {
        server = ChangeSetPropertyTest.randomText(random, 10);
        List<Client> clients = List.of(new Client("a", server), new Client("b", server), new Client("c", server));
        for (int step = 0; step < 400; step++) {
            Client client = clients.get(random.nextInt(clients.size()));
            if (random.nextInt(3) == 0) {
                client.model.edit(ChangeSetPropertyTest.randomChange(random, client.model.text().length()));
                pushIfIdle(client, clients);
            } else if (!client.channel.isEmpty()) {
                handle(client, client.channel.poll(), clients);
            }
        }
        for (int round = 0; round < 50; round++) {
            for (Client client : clients) {
                while (!client.channel.isEmpty()) {
                    handle(client, client.channel.poll(), clients);
                }
                pushIfIdle(client, clients);
            }
        }
        for (Client client : clients) {
            assertThat(client.model.unconfirmed()).isEmpty();
            assertThat(client.model.text()).isEqualTo(server);
        }
    }

    private void pushIfIdle(Client client, List<Client> clients) {
        if (client.inFlight || client.model.unconfirmed().isEmpty()) {
            return;
        }
        client.inFlight = true;
        List<Update> sent = client.model.unconfirmed().stream()
                .map(c -> new Update(client.model.clientId(), c, null, null)).toList();
        int base = client.model.version();
        if (base < log.size()) {
            // the server refuses a push at an old version; the client pulls and pushes again
            client.channel.add(new Message("pushed", log.size(), null, false));
            return;
        }
        List<Update> rebased = sent;
        if (tracing) {
            org.slf4j.LoggerFactory.getLogger("sim").info("{} pushes {} at v{} -> accepted {}", client.model.clientId(),
                    sent.stream().map(u -> ChangeSetJson.write(u.changes())).toList(), base,
                    rebased.stream().map(u -> ChangeSetJson.write(u.changes())).toList());
        }
        int from = log.size();
        for (Update update : rebased) {
            server = update.changes().apply(server);
            log.add(update);
        }
        Message pushed = new Message("pushed", log.size(), null, true);
        boolean pushedFirst = random.nextBoolean();
        if (pushedFirst) {
            client.channel.add(pushed);
        }
        if (!rebased.isEmpty()) {
            for (Client c : clients) {
                // split in random pieces, as separate topic messages may be
                int start = from;
                while (start < log.size()) {
                    int end = start + 1 + random.nextInt(log.size() - start);
                    c.channel.add(new Message("updates", start, List.copyOf(log.subList(start, end)), false));
                    start = end;
                }
            }
        }
        if (!pushedFirst) {
            client.channel.add(pushed);
        }
    }

    private void handle(Client client, Message message, List<Client> clients) {
        if (message.type().equals("pushed")) {
            client.inFlight = false;
            if (!message.accepted()) {
                int have = client.model.version();
                client.channel.add(new Message("updates", have, List.copyOf(log.subList(have, log.size())), false));
            } else if (message.version() <= client.model.version()) {
                pushIfIdle(client, clients);
            }
            return;
        }
        int have = client.model.version();
        if (message.version() > have) {
            throw new AssertionError("gap in a FIFO channel");
        }
        if (message.version() + message.updates().size() <= have) {
            return;
        }
        List<Update> fresh = message.updates().subList(have - message.version(), message.updates().size());
        if (!fresh.isEmpty()) {
            client.model.receive(fresh);
        }
        pushIfIdle(client, clients);
    }
}
