package app.jointly.proposal;

import static org.assertj.core.api.Assertions.assertThat;

import app.jointly.testsupport.IntegrationTest;
import app.jointly.testsupport.TestApi;
import app.jointly.testsupport.TestApi.Response;
import app.jointly.testsupport.TestApi.TestUser;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** The PDFs of the table: a TA form, the bargaining table and the decision log, read back as text. */
@IntegrationTest
class TablePrintsIT {

    @Autowired
    TestApi api;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aTentativeAgreementPrintsAsATaFormAndShowsInTheTableAndTheLog() throws Exception {
        TestUser owner = api.createUser("print-owner");
        JsonNode workspace = api.createWorkspace(owner, "Print test", "District", "Union");
        String ws = workspace.path("id").asString();
        TestUser districtLead = api.createUser("print-dlead");
        api.addMember(owner, workspace, districtLead, "lead", "District");
        TestUser unionLead = api.createUser("print-ulead");
        api.addMember(owner, workspace, unionLead, "lead", "Union");
        Response document = api.post(owner.token(), "/api/v1/workspaces/" + ws + "/documents", Map.of(
                "title", "Master agreement", "kind", "contract", "sections", List.of(
                        Map.of("heading", "Article 12: Evaluation", "markdown", "Every year."),
                        Map.of("heading", "Article 13: Leave", "markdown", "Ten days of leave."))));
        String doc = document.text("id");
        String article = document.json().path("sections").get(0).path("id").asString();
        String proposal = api.post(districtLead.token(), "/api/v1/workspaces/" + ws + "/proposals",
                Map.of("sectionId", article, "text", "Every *two* years.", "rationale", "Fewer reviews")).text("id");
        assertThat(act(districtLead, proposal, "present").status()).isEqualTo(200);

        HttpResponse<byte[]> early = get(districtLead, "/api/v1/proposals/" + proposal + "/ta-form");
        assertThat(early.statusCode()).isEqualTo(409);

        assertThat(act(districtLead, proposal, "sign").status()).isEqualTo(200);
        Response agreed = act(unionLead, proposal, "sign");
        assertThat(agreed.text("status")).isEqualTo("tentatively_agreed");

        String taForm = pdfText(get(unionLead, "/api/v1/proposals/" + proposal + "/ta-form"));
        assertThat(taForm).contains("Tentative agreement", "Master agreement", "Article 12: Evaluation",
                "Every two years.", "District", "Union", "UTC", "Page 1 of 1");
        for (JsonNode signOff : agreed.json().path("signOffs")) {
            assertThat(taForm).contains(signOff.path("name").asString());
        }

        String table = pdfText(get(owner, "/api/v1/documents/" + doc + "/table/export?format=pdf"));
        assertThat(table).contains("Bargaining table", "Article 12: Evaluation", "Tentatively agreed (District)",
                "Article 13: Leave", "No proposals");

        String log = pdfText(get(owner, "/api/v1/workspaces/" + ws + "/decisions/export?format=pdf"));
        assertThat(log).contains("Decision log", "Article 12: Evaluation");
        // the printed log carries its head, so whoever keeps the PDF holds a checkpoint
        Response verify = api.get(owner.token(), "/api/v1/workspaces/" + ws + "/decisions/verify");
        assertThat(log.replaceAll("\\s", "")).contains("Loghead(checkpoint)",
                verify.text("headSeq") + ":" + verify.text("headHash"));

        TestUser outsider = api.createUser("print-outsider");
        assertThat(get(outsider, "/api/v1/proposals/" + proposal + "/ta-form").statusCode()).isEqualTo(404);
        assertThat(get(outsider, "/api/v1/documents/" + doc + "/table/export").statusCode()).isEqualTo(404);
        assertThat(get(owner, "/api/v1/documents/" + doc + "/table/export?format=xlsx").statusCode())
                .isEqualTo(400);
    }

    private Response act(TestUser by, String id, String action) {
        return api.post(by.token(), "/api/v1/proposals/" + id + "/" + action, Map.of());
    }

    private HttpResponse<byte[]> get(TestUser user, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(api.uri(path)).header("Authorization", "Bearer " + user.token())
                .GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String pdfText(HttpResponse<byte[]> response) throws Exception {
        assertThat(response.statusCode()).as(new String(response.body())).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
        try (PDDocument pdf = Loader.loadPDF(response.body())) {
            PDFTextStripper stripper = new PDFTextStripper();
            // an italic word is drawn as its own run: read the page in reading order, not in drawing order
            stripper.setSortByPosition(true);
            return stripper.getText(pdf);
        }
    }
}
