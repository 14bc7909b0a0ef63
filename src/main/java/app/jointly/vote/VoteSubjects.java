package app.jointly.vote;

import app.jointly.shared.WorkspaceId;
import java.util.Set;

/**
 * Implemented by the modules that own what a vote can be about (proposals, documents, sections), so that a vote
 * is only set up about something that exists in its own workspace. The vote module calls this interface and
 * knows nothing else of those modules; the owners already depend on the vote module, so no cycle arises.
 */
public interface VoteSubjects {

    /** The {@link SubjectRef#kind()} values this lookup answers for. */
    Set<String> kinds();

    /** Whether the subject exists and belongs to {@code workspace} (false for another workspace's). */
    boolean existsIn(WorkspaceId workspace, SubjectRef subject);
}
