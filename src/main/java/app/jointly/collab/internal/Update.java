package app.jointly.collab.internal;

/**
 * One accepted or submitted update in {@code @codemirror/collab}'s sense: the changes and the id of the client
 * (editor instance) that made them. {@code userId} and {@code userName} say who was signed in on that client:
 * the server fills them in, never the client.
 */
public record Update(String clientId, ChangeSet changes, String userId, String userName) {

    public Update withChanges(ChangeSet mapped) {
        return new Update(clientId, mapped, userId, userName);
    }
}
