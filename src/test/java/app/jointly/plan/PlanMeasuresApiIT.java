package app.jointly.plan;

import static org.assertj.core.api.Assertions.assertThat;

import app.jointly.testsupport.IntegrationTest;
import app.jointly.testsupport.TestApi;
import app.jointly.testsupport.TestApi.Response;
import app.jointly.testsupport.TestApi.TestUser;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** A plan's measures of success with dated progress, and the chart that goes with the plan into a presentation. */
@IntegrationTest
class PlanMeasuresApiIT {

    @Autowired
    TestApi api;

    private TestUser owner;
    private JsonNode workspace;
    private String planId;
    private String measures;

    @BeforeEach
    void setUp() {
        owner = api.createUser("plan-owner");
        workspace = api.createWorkspace(owner, "Conference team");
        planId = document("plan").path("id").asString();
        measures = "/api/v1/documents/" + planId + "/measures";
    }

    @Test
    void recordsProgressPerMeasureAndShowsItAsAChartInThePresentation() {
        Response added = api.post(owner.token(), measures, Map.of("name", "Retention of <effective> teachers",
                "unit", "%", "baseline", 78, "target", 90));
        assertThat(added.status()).isEqualTo(201);
        String id = added.text("id");
        String progress = measures + "/" + id + "/progress";
        assertThat(api.post(owner.token(), progress, Map.of("date", "2026-06-30", "value", 80)).status())
                .isEqualTo(200);
        assertThat(api.post(owner.token(), progress, Map.of("date", "2026-01-31", "value", 79.5, "status", "on-track"))
                .status()).isEqualTo(200);
        Response replaced = api.post(owner.token(), progress, Map.of("date", "2026-06-30", "value", 83,
                "status", "at-risk"));
        assertThat(replaced.json().path("progress")).hasSize(2);
        assertThat(replaced.json().path("progress").get(0).path("date").asString()).isEqualTo("2026-01-31");
        assertThat(replaced.json().path("progress").get(1).path("value").asDouble()).isEqualTo(83.0);
        assertThat(replaced.json().path("progress").get(1).path("status").asString()).isEqualTo("at-risk");

        JsonNode listed = api.get(owner.token(), measures).json();
        assertThat(listed).hasSize(1);
        assertThat(listed.get(0).path("target").asDouble()).isEqualTo(90.0);

        String token = api.post(owner.token(), "/api/v1/documents/" + planId + "/shares", Map.of()).text("token");
        JsonNode sections = api.get(null, "/api/v1/shared/" + token).json().path("sections");
        assertThat(sections.get(0).path("chartSvg").isNull()).isTrue();
        String chart = sections.get(1).path("chartSvg").asString();
        assertThat(chart).startsWith("<svg").contains("Retention of &lt;effective&gt; teachers", "83% on 2026-06-30",
                "At risk", "<polyline").doesNotContain("<effective>");
    }

    @Test
    void refusesBadInputAndNonPlansAndStrangers() {
        assertThat(api.post(owner.token(), measures, Map.of()).text("error")).isEqualTo("missing-name");
        assertThat(api.post(owner.token(), measures, Map.of("name", "x".repeat(PlanLimits.MAX_NAME + 1))).status())
                .isEqualTo(413);
        assertThat(api.post(owner.token(), measures, Map.of("name", "Big", "target", 1e13)).text("error"))
                .isEqualTo("invalid-number");
        String id = api.post(owner.token(), measures, Map.of("name", "Schools with teams")).text("id");
        String progress = measures + "/" + id + "/progress";
        assertThat(api.post(owner.token(), progress, Map.of("date", "2026-13-01", "value", 1)).text("error"))
                .isEqualTo("invalid-date");
        assertThat(api.post(owner.token(), progress, Map.of("date", "2026-01-01")).text("error"))
                .isEqualTo("missing-reading");
        assertThat(api.post(owner.token(), progress, Map.of("date", "2026-01-01", "status", "great")).text("error"))
                .isEqualTo("invalid-status");
        assertThat(api.post(owner.token(), measures + "/nope/progress", Map.of("date", "2026-01-01", "value", 1))
                .status()).isEqualTo(404);

        String contract = document("contract").path("id").asString();
        Response notAPlan = api.get(owner.token(), "/api/v1/documents/" + contract + "/measures");
        assertThat(notAPlan.status()).isEqualTo(409);
        assertThat(notAPlan.text("error")).isEqualTo("not-a-plan");

        TestUser stranger = api.createUser("plan-stranger");
        assertThat(api.get(stranger.token(), measures).status()).isEqualTo(404);
        assertThat(api.post(stranger.token(), progress, Map.of("date", "2026-01-01", "value", 1)).status())
                .isEqualTo(404);
        TestUser observer = api.createUser("plan-observer");
        api.addMember(owner, workspace, observer, "observer", null);
        assertThat(api.get(observer.token(), measures).status()).isEqualTo(200);
        assertThat(api.post(observer.token(), measures, Map.of("name", "Mine")).status()).isEqualTo(403);
    }

    private JsonNode document(String kind) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", "Conference Plan");
        body.put("kind", kind);
        body.put("sections", List.of(Map.of("heading", "Problem", "markdown", "Pockets of excellence."),
                Map.of("heading", "Measures of success", "markdown", "| Measure | Target |\n|--|--|\n| Retention | 90% |")));
        Response created = api.post(owner.token(), "/api/v1/workspaces/" + workspace.path("id").asString()
                + "/documents", body);
        assertThat(created.status()).isEqualTo(201);
        return created.json();
    }
}
