package app.jointly.collab.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

/** Randomised laws: composition, transformation (TP1) and convergence of rebasing clients and server. */
class ChangeSetPropertyTest {

    static ChangeSet randomChange(Random random, int length) {
        ChangeSet result = null;
        int steps = 1 + random.nextInt(3);
        for (int i = 0; i < steps; i++) {
            int len = result == null ? length : result.newLength();
            int from = random.nextInt(len + 1);
            int to = random.nextInt(3) == 0 ? Math.min(len, from + random.nextInt(5)) : from;
            String insert = random.nextInt(4) == 0 ? "" : randomText(random, 1 + random.nextInt(4));
            if (from == to && insert.isEmpty()) {
                insert = "w";
            }
            ChangeSet step = ChangeSet.replace(len, from, to, insert);
            result = result == null ? step : result.compose(step);
        }
        return result;
    }

    static String randomText(Random random, int n) {
        String chars = "abc \nxyzé";
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < n; i++) {
            out.append(chars.charAt(random.nextInt(chars.length())));
        }
        return out.toString();
    }

    @Test
    void composeEqualsApplyingInSequenceAndTransformationConverges() {
        Random random = new Random(42);
        for (int i = 0; i < 5000; i++) {
            String doc = randomText(random, random.nextInt(20));
            ChangeSet a = randomChange(random, doc.length());
            ChangeSet b = randomChange(random, a.newLength());
            assertThat(a.compose(b).apply(doc)).isEqualTo(b.apply(a.apply(doc)));
            ChangeSet c = randomChange(random, doc.length());
            String viaA = c.map(a, false).apply(a.apply(doc));
            String viaC = a.map(c, true).apply(c.apply(doc));
            assertThat(viaA).isEqualTo(viaC);
        }
    }

    @RepeatedTest(20)
    void rebasingServerAndClientsConverge() {
        Random random = new Random();
        String start = randomText(random, 5 + random.nextInt(20));
        List<Update> log = new ArrayList<>();
        String[] server = {start};
        List<ClientModel> clients = List.of(new ClientModel("a", start, 0), new ClientModel("b", start, 0),
                new ClientModel("c", start, 0));
        for (int step = 0; step < 300; step++) {
            ClientModel client = clients.get(random.nextInt(clients.size()));
            switch (random.nextInt(6)) {
                case 0, 1, 2 -> client.edit(randomChange(random, client.text().length()));
                case 3 -> push(client, log, server);
                default -> receive(client, log);
            }
        }
        for (ClientModel client : clients) {
            push(client, log, server);
        }
        for (ClientModel client : clients) {
            receive(client, log);
            assertThat(client.text()).isEqualTo(server[0]);
            assertThat(client.unconfirmed()).isEmpty();
        }
    }

    private static void push(ClientModel client, List<Update> log, String[] server) {
        List<Update> sendable = client.unconfirmed().stream()
                .map(ch -> new Update(client.clientId(), ch, "u", "U")).toList();
        List<Update> rebased = GroupRebase.rebase(sendable,
                List.of(List.copyOf(log.subList(client.version(), log.size()))));
        for (Update update : rebased) {
            server[0] = update.changes().apply(server[0]);
            log.add(update);
        }
    }

    private static void receive(ClientModel client, List<Update> log) {
        if (client.version() < log.size()) {
            client.receive(List.copyOf(log.subList(client.version(), log.size())));
        }
    }
}
