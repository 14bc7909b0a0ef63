package app.jointly.comment;

import static org.assertj.core.api.Assertions.assertThat;

import app.jointly.shared.PartyId;
import app.jointly.shared.UserId;
import app.jointly.shared.WorkspaceId;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The comment events cross the cluster on a Hazelcast topic as serialised objects (live views on every node and
 * the notifications to come rely on them), so each must survive serialisation whole.
 */
class CommentEventsTest {

    private final WorkspaceId ws = WorkspaceId.newId();
    private final CommentTarget section = new CommentTarget(CommentTarget.Kind.SECTION, "s1", "d1");
    private final UserId ana = UserId.newId();
    private final UserId ben = UserId.newId();
    private final PartyId union = new PartyId("union");

    @Test
    void everyCommentEventSurvivesTheTripToAnotherNode() throws Exception {
        List<Object> events = List.of(
                new CommentPosted("t1", ws, section, ana, "Ana", List.of(ben), CommentVisibility.PARTY, union,
                        Instant.EPOCH),
                new ReplyPosted("r1", "t1", ws, section, ben, "Ben", List.of(), List.of(ana),
                        CommentVisibility.WORKSPACE, null, Instant.EPOCH),
                new CommentThreadChanged("t1", ws, section, CommentThreadChanged.Change.RESOLVED,
                        CommentVisibility.PARTY, union, Instant.EPOCH));
        for (Object event : events) {
            assertThat(roundTrip(event)).isEqualTo(event);
        }
    }

    private static Object roundTrip(Object event) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(event);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return in.readObject();
        }
    }
}
