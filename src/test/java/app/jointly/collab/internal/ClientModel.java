package app.jointly.collab.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * What a {@code @codemirror/collab} client does with its text, written in Java for tests, the convergence test
 * and the benchmark: local edits queue as unconfirmed updates, received updates are applied with
 * {@code receiveUpdates}' rules (own updates recognised by client id, the rest mapped over local ones).
 */
public final class ClientModel {

    private final String clientId;
    private String text;
    private int version;
    private List<ChangeSet> unconfirmed = new ArrayList<>();

    public ClientModel(String clientId, String text, int version) {
        this.clientId = clientId;
        this.text = text;
        this.version = version;
    }

    public String clientId() {
        return clientId;
    }

    public synchronized String text() {
        return text;
    }

    public synchronized int version() {
        return version;
    }

    public synchronized List<ChangeSet> unconfirmed() {
        return List.copyOf(unconfirmed);
    }

    public synchronized void edit(ChangeSet changes) {
        text = changes.apply(text);
        unconfirmed.add(changes);
    }

    /** Applies updates accepted by the server, starting at this client's version. */
    public synchronized void receive(List<Update> updates) {
        version += updates.size();
        ChangeSet changes = null;
        int own = 0;
        for (Update update : updates) {
            if (own < unconfirmed.size() && clientId.equals(update.clientId())) {
                if (changes != null) {
                    changes = changes.map(unconfirmed.get(own), true);
                }
                own++;
            } else {
                changes = changes == null ? update.changes() : changes.compose(update.changes());
            }
        }
        List<ChangeSet> rest = new ArrayList<>(unconfirmed.subList(own, unconfirmed.size()));
        if (changes != null) {
            for (int i = 0; i < rest.size(); i++) {
                ChangeSet local = rest.get(i);
                rest.set(i, local.map(changes, false));
                changes = changes.map(local, true);
            }
            text = changes.apply(text);
        }
        unconfirmed = rest;
    }
}
