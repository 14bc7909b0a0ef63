package app.jointly.collab.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Random;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;

/**
 * Checks the idea behind {@link GroupRebase}: a server that accepts stale pushes by rebasing them group by group,
 * and sends every group as one message, stays equal to clients that apply messages with {@code receiveUpdates}'
 * rules ({@link ClientModel}). Pushes reach the server late and in any order between clients, answers and
 * updates arrive in either order, and clients sometimes push again before their own group came back (a resend
 * the rebase must drop). Rebasing over the composition of all groups instead (as one group, which is what
 * {@code rebaseUpdates} does) must be seen to
 * diverge in the same simulation, or the simulation proves nothing.
 */
class GroupRebaseSimulationTest {

    private record Push(Client client, int base, List<Update> updates) {
    }

    private record Message(boolean pushedAnswer, int version, List<Update> group) {
    }

    private static final class Client {
        final ClientModel model;
        final Deque<Message> channel = new ArrayDeque<>();
        boolean inFlight;

        Client(String id, String text) {
            model = new ClientModel(id, text, 0);
        }
    }

    private final List<List<Update>> groups = new ArrayList<>();
    private final List<Integer> groupStarts = new ArrayList<>();
    private final List<Push> inbound = new ArrayList<>();
    private String server;
    private int version;
    private Random random;
    private BiFunction<List<Update>, List<List<Update>>, List<Update>> rebase;
    private int overSeveralGroups;
    private int resends;

    @Test
    void groupByGroupRebasingConverges() {
        rebase = GroupRebase::rebase;
        for (long seed = 0; seed < 2_000; seed++) {
            assertThat(run(seed)).as("seed %d", seed).isTrue();
        }
        // the simulation must really have rebased over several groups and dropped resends
        assertThat(overSeveralGroups).isGreaterThan(1_000);
        assertThat(resends).isGreaterThan(100);
    }

    @Test
    void rebasingOverTheCompositionDivergesInTheSameSimulation() {
        rebase = (pushed, over) -> GroupRebase.rebase(pushed,
                List.of(over.stream().flatMap(List::stream).toList()));
        int diverged = 0;
        for (long seed = 0; seed < 2_000; seed++) {
            if (!run(seed)) {
                diverged++;
            }
        }
        assertThat(diverged).isPositive();
    }

    private boolean run(long seed) {
        random = new Random(seed);
        groups.clear();
        groupStarts.clear();
        inbound.clear();
        version = 0;
        server = ChangeSetPropertyTest.randomText(random, 6);
        List<Client> clients = List.of(new Client("a", server), new Client("b", server), new Client("c", server));
        for (int step = 0; step < 300; step++) {
            int action = random.nextInt(4);
            Client client = clients.get(random.nextInt(clients.size()));
            if (action == 0) {
                client.model.edit(ChangeSetPropertyTest.randomChange(random, client.model.text().length()));
                pushIfIdle(client);
            } else if (action == 1 && !inbound.isEmpty()) {
                accept(inbound.remove(random.nextInt(inbound.size())), clients);
            } else if (!client.channel.isEmpty()) {
                handle(client, client.channel.poll());
            }
        }
        for (int round = 0; round < 100 && !(inbound.isEmpty() && allIdle(clients)); round++) {
            while (!inbound.isEmpty()) {
                accept(inbound.removeFirst(), clients);
            }
            for (Client client : clients) {
                while (!client.channel.isEmpty()) {
                    handle(client, client.channel.poll());
                }
                pushIfIdle(client);
            }
        }
        return clients.stream().allMatch(c -> c.model.text().equals(server) && c.model.unconfirmed().isEmpty());
    }

    private static boolean allIdle(List<Client> clients) {
        return clients.stream().allMatch(c -> c.channel.isEmpty() && c.model.unconfirmed().isEmpty() && !c.inFlight);
    }

    private void pushIfIdle(Client client) {
        if (client.inFlight || client.model.unconfirmed().isEmpty()) {
            return;
        }
        client.inFlight = true;
        List<Update> updates = client.model.unconfirmed().stream()
                .map(changes -> new Update(client.model.clientId(), changes, null, null)).toList();
        inbound.add(new Push(client, client.model.version(), updates));
    }

    private void accept(Push push, List<Client> clients) {
        int first = groupStarts.indexOf(push.base());
        if (first < 0 && push.base() != version) {
            throw new AssertionError("push at version " + push.base() + ", inside a group");
        }
        List<List<Update>> since = first < 0 ? List.of() : groups.subList(first, groups.size());
        if (since.size() > 1) {
            overSeveralGroups++;
        }
        if (since.stream().flatMap(List::stream).anyMatch(u -> u.clientId().equals(push.client().model.clientId()))) {
            resends++;
        }
        List<Update> accepted = rebase.apply(push.updates(), List.copyOf(since));
        boolean answerFirst = random.nextBoolean();
        Message answer = new Message(true, version + accepted.size(), null);
        if (answerFirst) {
            push.client().channel.add(answer);
        }
        if (!accepted.isEmpty()) {
            groupStarts.add(version);
            groups.add(accepted);
            for (Update update : accepted) {
                server = update.changes().apply(server);
            }
            for (Client client : clients) {
                client.channel.add(new Message(false, version, accepted));
            }
            version += accepted.size();
        }
        if (!answerFirst) {
            push.client().channel.add(answer);
        }
    }

    private void handle(Client client, Message message) {
        if (message.pushedAnswer()) {
            client.inFlight = false;
            // sometimes push again before the own group came back: the push then resends it
            if (message.version() <= client.model.version() || random.nextInt(3) == 0) {
                pushIfIdle(client);
            }
            return;
        }
        if (message.version() != client.model.version()) {
            throw new AssertionError("group at " + message.version() + " for a client at " + client.model.version());
        }
        client.model.receive(message.group());
        pushIfIdle(client);
    }
}
