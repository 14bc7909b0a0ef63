package app.jointly.collab.internal;

import app.jointly.document.SectionEditors;
import app.jointly.shared.Ids;
import app.jointly.shared.SectionId;
import app.jointly.shared.UserId;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.bson.Document;
import org.springframework.stereotype.Component;

/**
 * Tells the version history who co-edited a text since a time, from the update log (newest batches first, through
 * the log's index on text and version, stopping at the first batch older than the time). Read only when a history
 * is read or a version taken; nothing is added to the path of a push.
 */
@Component
class LiveTextEditors implements SectionEditors {

    /** Log batches read at most per question: a very long session is attributed by its latest batches. */
    private static final int MAX_BATCHES = 20_000;

    /** The authors {@link StoredTextFollower} gives replacement updates: those texts were recorded as writes. */
    private static final Set<String> NOT_PEOPLE = Set.of("tentative-agreement", "saved-text");

    private final UpdateLog log;

    LiveTextEditors(UpdateLog log) {
        this.log = log;
    }

    @Override
    public Optional<LiveEdits> editsSince(SectionId section, Instant since) {
        Set<String> editors = new LinkedHashSet<>();
        long after = since.toEpochMilli();
        Instant last = null;
        int read = 0;
        for (Document batch : log.updatesCollection().find(Filters.eq("doc", section.value()))
                .sort(Sorts.descending("from")).projection(Projections.include("at", "userIds"))) {
            Number at = batch.get("at", Number.class);
            if (at == null || at.longValue() <= after || ++read > MAX_BATCHES) {
                break;
            }
            last = last == null ? Instant.ofEpochMilli(at.longValue()) : last;
            List<String> users = batch.getList("userIds", String.class, List.of());
            editors.addAll(users.reversed());
        }
        if (editors.isEmpty()) {
            return Optional.empty();
        }
        List<UserId> ids = new ArrayList<>();
        new ArrayList<>(editors).reversed().stream().filter(Ids::isValid).filter(id -> !NOT_PEOPLE.contains(id))
                .forEach(id -> ids.add(new UserId(id)));
        return ids.isEmpty() ? Optional.empty() : Optional.of(new LiveEdits(ids, last));
    }
}
