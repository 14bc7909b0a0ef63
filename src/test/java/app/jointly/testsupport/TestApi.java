package app.jointly.testsupport;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.core.env.Environment;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Calls the running application's REST API the way an outside client does. */
@TestComponent
public class TestApi {

    public static final String ADMIN_PASSWORD = "admin-password-for-tests";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final Environment environment;
    private final JsonMapper json = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newHttpClient();
    private String adminToken;

    public TestApi(Environment environment) {
        this.environment = environment;
    }

    public record Response(int status, String body, JsonNode json) {
        public String text(String field) {
            return json.path(field).asString();
        }
    }

    public record TestUser(String id, String username, String password, String token) {
    }

    public String baseUrl() {
        return "http://localhost:" + environment.getProperty("local.server.port");
    }

    public synchronized String adminToken() {
        if (adminToken == null) {
            adminToken = tokenFor("admin", ADMIN_PASSWORD);
        }
        return adminToken;
    }

    public String tokenFor(String username, String password) {
        Response response = send(HttpRequest.newBuilder(uri("/api/v1/tokens"))
                .header("Authorization", basic(username, password))
                .POST(HttpRequest.BodyPublishers.noBody()));
        if (response.status() != 201) {
            throw new IllegalStateException("No token for " + username + ": " + response.body());
        }
        return response.text("token");
    }

    /** A new account with a unique name and its own bearer token. */
    public TestUser createUser(String prefix) {
        String username = (prefix + "-" + SEQUENCE.incrementAndGet() + "-" + System.nanoTime() % 100000)
                .toLowerCase();
        String password = "password-" + username;
        Response created = post(adminToken(), "/api/v1/users",
                Map.of("username", username, "password", password, "displayName", prefix + " " + SEQUENCE.get()));
        if (created.status() != 201) {
            throw new IllegalStateException("Could not create user: " + created.body());
        }
        return new TestUser(created.text("id"), username, password, tokenFor(username, password));
    }

    /** Creates a workspace owned by {@code owner}; returns its JSON ({"id","name","parties":[...]}). */
    public JsonNode createWorkspace(TestUser owner, String name, String... parties) {
        Response response = post(owner.token(), "/api/v1/workspaces", Map.of("name", name,
                "parties", List.of(parties).stream().map(p -> Map.of("name", p)).toList()));
        if (response.status() != 201) {
            throw new IllegalStateException("Could not create workspace: " + response.body());
        }
        return response.json();
    }

    public static String partyId(JsonNode workspace, String partyName) {
        for (JsonNode party : workspace.path("parties")) {
            if (party.path("name").asString().equals(partyName)) {
                return party.path("id").asString();
            }
        }
        throw new IllegalArgumentException("No party " + partyName);
    }

    public void addMember(TestUser owner, JsonNode workspace, TestUser user, String role, String partyName) {
        String partyId = partyName == null ? null : partyId(workspace, partyName);
        Map<String, Object> body = new java.util.HashMap<>(Map.of("userId", user.id(), "role", role));
        if (partyId != null) {
            body.put("partyId", partyId);
        }
        Response response = post(owner.token(), "/api/v1/workspaces/" + workspace.path("id").asString() + "/members",
                body);
        if (response.status() != 201) {
            throw new IllegalStateException("Could not add member: " + response.body());
        }
    }

    public Response get(String token, String path) {
        return send(authorized(token, path).GET());
    }

    public Response delete(String token, String path) {
        return send(authorized(token, path).DELETE());
    }

    public Response post(String token, String path, Object body) {
        return send(authorized(token, path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(write(body))));
    }

    public Response put(String token, String path, Object body) {
        return send(authorized(token, path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(write(body))));
    }

    public Response patch(String token, String path, Object body) {
        return send(authorized(token, path).header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(write(body))));
    }

    /** Sends a raw body (malformed JSON, oversize payloads) to test refusals. */
    public Response postRaw(String token, String path, String rawBody) {
        return send(authorized(token, path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(rawBody)));
    }

    public Response send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            JsonNode body = null;
            String text = response.body();
            if (text != null && !text.isBlank() && (text.startsWith("{") || text.startsWith("["))) {
                body = json.readTree(text);
            }
            return new Response(response.statusCode(), text, body == null ? json.missingNode() : body);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public URI uri(String path) {
        return URI.create(baseUrl() + path);
    }

    private HttpRequest.Builder authorized(String token, String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri(path));
        return token == null ? builder : builder.header("Authorization", "Bearer " + token);
    }

    private String write(Object body) {
        return json.writeValueAsString(body);
    }

    public static String basic(String username, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":" + password)
                .getBytes(StandardCharsets.UTF_8));
    }
}
