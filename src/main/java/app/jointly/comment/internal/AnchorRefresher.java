package app.jointly.comment.internal;

import app.jointly.collab.TextHistory;
import app.jointly.shared.JointlyException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Brings anchors to the current version of their text: threads at the same text and version are mapped in one
 * call, and each moved anchor is stored back with its version, so the next read maps only newer changes.
 */
@Component
public class AnchorRefresher {

    /** Longest quote kept and answered; the anchor itself always covers the whole passage. */
    static final int MAX_QUOTE = 2_000;
    private static final Logger log = LoggerFactory.getLogger(AnchorRefresher.class);

    private final TextHistory history;
    private final CommentStore store;

    AnchorRefresher(TextHistory history, CommentStore store) {
        this.history = history;
        this.store = store;
    }

    /** The threads, anchored ones mapped to the current text, in the same order. */
    public List<CommentDocument> refresh(List<CommentDocument> threads) {
        Map<String, List<CommentDocument>> groups = new LinkedHashMap<>();
        for (CommentDocument t : threads) {
            if (t.from() != null) {
                groups.computeIfAbsent(t.targetId() + "@" + t.textVersion(), k -> new ArrayList<>()).add(t);
            }
        }
        Map<String, CommentDocument> mapped = new java.util.HashMap<>();
        for (List<CommentDocument> group : groups.values()) {
            mapGroup(group).forEach(d -> mapped.put(d.id(), d));
        }
        return threads.stream().map(t -> mapped.getOrDefault(t.id(), t)).toList();
    }

    private List<CommentDocument> mapGroup(List<CommentDocument> group) {
        CommentDocument first = group.getFirst();
        TextHistory.Mapped result;
        try {
            result = history.map(first.targetId(), first.textVersion(), group.stream()
                    .map(t -> new TextHistory.Range(t.from(), t.to(), t.orphaned())).toList());
        } catch (JointlyException e) {
            // the section was removed, or its log no longer reaches back: the last mapped anchor stands
            log.debug("Anchors in text {} not mapped: {}", first.targetId(), e.getMessage());
            return group;
        }
        if (result.version() == first.textVersion()) {
            return group;
        }
        List<CommentDocument> moved = new ArrayList<>(group.size());
        for (int i = 0; i < group.size(); i++) {
            CommentDocument t = group.get(i);
            TextHistory.Range range = result.ranges().get(i);
            String quote = range.removed() ? t.quote() : quote(result.text(), range.from(), range.to());
            store.moveAnchor(t.id(), range, result.version(), quote);
            moved.add(new CommentDocument(t.id(), t.workspaceId(), t.threadId(), t.targetKind(), t.targetId(),
                    t.documentId(), range.from(), range.to(), result.version(), range.removed(), quote,
                    t.originalQuote(), t.body(), t.bodyHtml(), t.earlierBodies(), t.authorId(), t.authorName(),
                    t.createdAt(), t.editedAt(), t.deleted(), t.visibility(), t.partyId(), t.resolved(),
                    t.resolvedBy(), t.resolvedAt(), t.mentions()));
        }
        return moved;
    }

    /** The passage's text, cut at {@link #MAX_QUOTE} characters (never inside a surrogate pair). */
    public static String quote(String text, int from, int to) {
        int end = Math.min(to, from + MAX_QUOTE);
        if (end < to && end > from && Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(from, end);
    }
}
