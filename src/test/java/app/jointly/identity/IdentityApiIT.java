package app.jointly.identity;

import static org.assertj.core.api.Assertions.assertThat;

import app.jointly.testsupport.IntegrationTest;
import app.jointly.testsupport.TestApi;
import app.jointly.testsupport.TestApi.Response;
import app.jointly.testsupport.TestApi.TestUser;
import java.net.http.HttpRequest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class IdentityApiIT {

    @Autowired
    TestApi api;

    @Test
    void basicCredentialsBuyATokenThatAuthenticatesLaterCalls() {
        TestUser user = api.createUser("ada");
        Response me = api.get(user.token(), "/api/v1/users/me");
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.text("username")).isEqualTo(user.username());
        assertThat(me.body()).doesNotContain("password");
    }

    @Test
    void refusesCallsWithoutOrWithBadCredentials() {
        assertThat(api.get(null, "/api/v1/workspaces").status()).isEqualTo(401);
        Response bad = api.get("jt_not-a-real-token", "/api/v1/workspaces");
        assertThat(bad.status()).isEqualTo(401);
        assertThat(bad.text("error")).isEqualTo("unauthorized");
        Response wrongPassword = api.send(HttpRequest.newBuilder(api.uri("/api/v1/tokens"))
                .header("Authorization", TestApi.basic("admin", "wrong-password!"))
                .POST(HttpRequest.BodyPublishers.noBody()));
        assertThat(wrongPassword.status()).isEqualTo(401);
    }

    @Test
    void throttlesRepeatedFailedSignIns() {
        TestUser user = api.createUser("target");
        int lastStatus = 0;
        for (int i = 0; i < 7; i++) {
            lastStatus = api.send(HttpRequest.newBuilder(api.uri("/api/v1/tokens"))
                    .header("Authorization", TestApi.basic(user.username(), "guess-number-" + i))
                    .POST(HttpRequest.BodyPublishers.noBody())).status();
        }
        assertThat(lastStatus).isEqualTo(429);
        Response evenRight = api.send(HttpRequest.newBuilder(api.uri("/api/v1/tokens"))
                .header("Authorization", TestApi.basic(user.username(), user.password()))
                .POST(HttpRequest.BodyPublishers.noBody()));
        assertThat(evenRight.status()).isEqualTo(429);
        assertThat(evenRight.text("error")).isEqualTo("rate-limited");
    }

    @Test
    void ownersListAndRevokeTheirTokens() {
        TestUser user = api.createUser("revoker");
        String second = api.tokenFor(user.username(), user.password());
        Response list = api.get(user.token(), "/api/v1/tokens");
        assertThat(list.json().size()).isEqualTo(2);
        assertThat(list.body()).doesNotContain(second);
        String secondId = null;
        for (var token : list.json()) {
            if (second.startsWith(token.path("prefix").asString())) {
                secondId = token.path("id").asString();
            }
        }
        TestUser stranger = api.createUser("stranger");
        assertThat(api.delete(stranger.token(), "/api/v1/tokens/" + secondId).status()).isEqualTo(404);
        assertThat(api.delete(user.token(), "/api/v1/tokens/" + secondId).status()).isEqualTo(204);
        assertThat(api.get(second, "/api/v1/users/me").status()).isEqualTo(401);
        assertThat(api.get(user.token(), "/api/v1/users/me").status()).isEqualTo(200);
    }

    @Test
    void onlyAdministratorsCreateAccounts() {
        TestUser user = api.createUser("plain");
        Response refused = api.post(user.token(), "/api/v1/users",
                Map.of("username", "sneaky-" + System.nanoTime(), "password", "long-enough-pw", "displayName", "S"));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.text("error")).isEqualTo("forbidden");
    }

    @Test
    void rejectsWeakPasswordsBadNamesAndDuplicates() {
        Response weak = api.post(api.adminToken(), "/api/v1/users",
                Map.of("username", "weakling", "password", "short", "displayName", "W"));
        assertThat(weak.status()).isEqualTo(400);
        assertThat(weak.text("error")).isEqualTo("weak-password");
        Response badName = api.post(api.adminToken(), "/api/v1/users",
                Map.of("username", "<script>", "password", "long-enough-pw", "displayName", "W"));
        assertThat(badName.status()).isEqualTo(400);
        TestUser existing = api.createUser("dup");
        Response duplicate = api.post(api.adminToken(), "/api/v1/users",
                Map.of("username", existing.username(), "password", "long-enough-pw", "displayName", "W"));
        assertThat(duplicate.status()).isEqualTo(409);
    }

    @Test
    void usersChangeTheirOwnPassword() {
        TestUser user = api.createUser("changer");
        Response wrongCurrent = api.put(user.token(), "/api/v1/users/me/password",
                Map.of("currentPassword", "not-it-at-all", "newPassword", "a-brand-new-password"));
        assertThat(wrongCurrent.status()).isEqualTo(400);
        Response changed = api.put(user.token(), "/api/v1/users/me/password",
                Map.of("currentPassword", user.password(), "newPassword", "a-brand-new-password"));
        assertThat(changed.status()).isEqualTo(204);
        assertThat(api.tokenFor(user.username(), "a-brand-new-password")).startsWith("jt_");
    }

    @Test
    void refusesOversizeAndMalformedBodies() {
        String huge = "{\"name\":\"" + "x".repeat(3 * 1024 * 1024) + "\"}";
        Response oversize = api.postRaw(api.adminToken(), "/api/v1/workspaces", huge);
        assertThat(oversize.status()).isEqualTo(413);
        assertThat(oversize.text("error")).isEqualTo("too-large");
        Response malformed = api.postRaw(api.adminToken(), "/api/v1/workspaces", "{\"name\": ");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.text("error")).isEqualTo("malformed");
    }
}
