package app.jointly.shared;

/** The JSON body of every refused API call: a stable code and a message a person can read. */
public record ApiError(String error, String message) {
}
