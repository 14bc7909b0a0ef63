package app.jointly.infra;

import app.jointly.shared.ApiError;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON refusals written outside Spring MVC (by the web server and the security firewall) for requests under
 * {@code /api/}, so that a client of the REST API never gets an HTML error page.
 */
final class ApiRejections {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ApiRejections() {
    }

    /** Whether a raw (undecoded) request URI is a REST API path. */
    static boolean isApi(String rawUri) {
        return rawUri != null && (rawUri.startsWith("/api/") || rawUri.equals("/api"));
    }

    /** The refusal for a status the web server chose itself. */
    static ApiError forStatus(int status) {
        return switch (status) {
            case 400 -> badPath();
            case 401 -> new ApiError("unauthorized", "Sign in: send a bearer token or HTTP Basic credentials.");
            case 403 -> new ApiError("forbidden", "You may not do this.");
            case 404 -> new ApiError("not-found", "No such API path.");
            case 405 -> new ApiError("method-not-allowed", "This path does not take that method.");
            case 408 -> new ApiError("timeout", "The request took too long to arrive.");
            case 413, 414, 431 -> new ApiError("too-large", "The request (path, headers or body) is over the limit.");
            case 429 -> new ApiError("rate-limited", "Too many requests: wait a little and try again.");
            default -> status >= 500
                    ? new ApiError("internal", "Something went wrong on our side. Try again; if it persists, tell an administrator.")
                    : new ApiError("bad-request", HttpStatus.resolve(status) == null ? "The request was refused."
                            : HttpStatus.resolve(status).getReasonPhrase() + ".");
        };
    }

    /**
     * A path the server or firewall refused to decode: under /api/v1 every segment is a fixed word or an id, so
     * what was refused is an id (an encoded '/', '.', '%', ';', NUL or backslash).
     */
    static ApiError badPath() {
        return new ApiError("bad-id", "The path holds something that is not an id: ids are letters, digits, '-' "
                + "and '_' (at most 64), with nothing encoded.");
    }

    static void write(HttpServletResponse response, int status, ApiError error) throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        write(response.getOutputStream(), error);
    }

    static void write(OutputStream out, ApiError error) throws IOException {
        out.write(JSON.writeValueAsBytes(error));
        out.flush();
    }

    static String json(ApiError error) {
        return JSON.writeValueAsString(error);
    }
}
