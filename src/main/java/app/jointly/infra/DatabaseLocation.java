package app.jointly.infra;

/**
 * Where this node's data lives: the connection string of the MongoDB in use (embedded or configured) and the
 * database name. A second local node, or a test starting one, points its jointly.mongodb.uri here.
 */
public record DatabaseLocation(String connectionString, String database, boolean embedded) {
}
