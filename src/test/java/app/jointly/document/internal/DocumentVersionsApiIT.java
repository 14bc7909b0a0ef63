package app.jointly.document.internal;

import static org.assertj.core.api.Assertions.assertThat;

import app.jointly.document.DocumentDirectory;
import app.jointly.shared.SectionId;
import app.jointly.shared.UserId;
import app.jointly.testsupport.IntegrationTest;
import app.jointly.testsupport.TestApi;
import app.jointly.testsupport.TestApi.Response;
import app.jointly.testsupport.TestApi.TestUser;
import java.io.ByteArrayInputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.openpackaging.parts.WordprocessingML.MainDocumentPart;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

@IntegrationTest
class DocumentVersionsApiIT {

    @Autowired
    TestApi api;

    @Autowired
    DocumentDirectory directory;

    private final HttpClient http = HttpClient.newHttpClient();
    private TestUser owner;
    private TestUser editor;
    private JsonNode workspace;
    private String documentId;
    private String sectionId;

    @BeforeEach
    void setUp() {
        owner = api.createUser("versions-owner");
        editor = api.createUser("versions-editor");
        workspace = api.createWorkspace(owner, "Versions", "District", "Union");
        api.addMember(owner, workspace, editor, "member", "Union");
        Response created = api.post(owner.token(), "/api/v1/workspaces/" + workspace.path("id").asString()
                + "/documents", Map.of("title", "Master Agreement", "kind", "contract", "sections", List.of(
                Map.of("heading", "Article 7: Hours", "markdown", "Teachers work seven hours a day."),
                Map.of("heading", "Article 8: Leave", "markdown", "Ten days of sick leave."))));
        documentId = created.text("id");
        sectionId = created.json().path("sections").get(0).path("id").asString();
    }

    @Test
    void groupsEditsByAuthorNamesComparesAndRestoresWithoutLosingAnything() {
        // the creator's second edit within two minutes continues their version; another person starts a new one
        edit(owner, "Teachers work seven and a half hours a day.");
        edit(editor, "Teachers work eight hours a day, with a paid lunch.");

        JsonNode versions = versions();
        assertThat(versions).hasSize(2);
        assertThat(versions.get(0).path("authors").findValuesAsString("id")).containsExactly(editor.id());
        assertThat(versions.get(0).path("authors").get(0).path("name").asString()).isNotBlank();
        assertThat(versions.get(0).path("name").isNull()).isTrue();
        assertThat(versions.get(1).path("authors").findValuesAsString("id")).containsExactly(owner.id());
        String ownersVersion = versions.get(1).path("id").asString();
        String editorsVersion = versions.get(0).path("id").asString();

        Response asOf = api.get(owner.token(), path("/versions/" + ownersVersion));
        assertThat(asOf.status()).isEqualTo(200);
        assertThat(asOf.text("title")).isEqualTo("Master Agreement");
        assertThat(asOf.json().path("sections").get(0).path("markdown").asString())
                .isEqualTo("Teachers work seven and a half hours a day.");

        Response named = api.post(editor.token(), path("/versions"), Map.of("name", "As presented"));
        assertThat(named.status()).isEqualTo(201);
        assertThat(named.text("name")).isEqualTo("As presented");
        assertThat(versions()).hasSize(3);
        assertThat(versions().get(0).path("name").asString()).isEqualTo("As presented");

        Response compare = api.get(owner.token(), path("/compare?from=" + ownersVersion + "&to=current"));
        assertThat(compare.status()).isEqualTo(200);
        JsonNode article7 = compare.json().path("sections").get(0);
        assertThat(article7.path("sectionId").asString()).isEqualTo(sectionId);
        assertThat(article7.path("heading").asString()).isEqualTo("Article 7: Hours");
        List<String> ops = article7.path("changes").findValuesAsString("op");
        assertThat(ops).contains("equal", "delete", "insert");
        assertThat(article7.path("changes").toString()).contains(
                "{\"op\":\"delete\",\"text\":\"seven and a half \"},{\"op\":\"insert\",\"text\":\"eight \"}",
                "{\"op\":\"equal\",\"text\":\"hours a day\"}");
        assertThat(article7.path("html").asString()).contains("<del", "<ins", "deleted: ", "inserted: ");
        assertThat(compare.json().path("sections").get(1).path("changes").findValuesAsString("op"))
                .containsExactly("equal");

        Response restored = api.post(owner.token(), path("/versions/" + ownersVersion + "/restore"), Map.of());
        assertThat(restored.status()).isEqualTo(200);
        assertThat(restored.json().path("sections").get(0).path("markdown").asString())
                .isEqualTo("Teachers work seven and a half hours a day.");
        JsonNode after = versions();
        assertThat(after.get(0).path("restoredFrom").asString()).isEqualTo(ownersVersion);
        assertThat(after.get(0).path("authors").findValuesAsString("id")).containsExactly(owner.id());
        // what the restore replaced stays reachable
        assertThat(api.get(owner.token(), path("/versions/" + editorsVersion)).json().path("sections").get(0)
                .path("markdown").asString()).isEqualTo("Teachers work eight hours a day, with a paid lunch.");
    }

    @Test
    void refusesOutsidersReadersBadNamesAndUnknownVersions() {
        String version = versions().get(0).path("id").asString();
        TestUser outsider = api.createUser("versions-outsider");
        TestUser observer = api.createUser("versions-observer");
        api.addMember(owner, workspace, observer, "observer", null);

        for (Response r : List.of(api.get(outsider.token(), path("/versions")),
                api.get(outsider.token(), path("/versions/" + version)),
                api.get(outsider.token(), path("/compare?from=" + version)),
                api.post(outsider.token(), path("/versions"), Map.of("name", "x")),
                api.post(outsider.token(), path("/versions/" + version + "/restore"), Map.of()))) {
            assertThat(r.status()).isEqualTo(404);
            assertThat(r.text("error")).isEqualTo("document-not-found");
        }
        assertThat(api.get(observer.token(), path("/versions")).status()).isEqualTo(200);
        Response readOnlyName = api.post(observer.token(), path("/versions"), Map.of("name", "Mine"));
        assertThat(readOnlyName.status()).isEqualTo(403);
        assertThat(api.post(observer.token(), path("/versions/" + version + "/restore"), Map.of()).status())
                .isEqualTo(403);

        Response tooLong = api.post(owner.token(), path("/versions"), Map.of("name", "x".repeat(121)));
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.text("error")).isEqualTo("invalid-name");
        assertThat(api.post(owner.token(), path("/versions"), Map.of("name", " ")).text("error"))
                .isEqualTo("invalid-name");
        Response unknown = api.get(owner.token(), path("/versions/no-such-version"));
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.text("error")).isEqualTo("version-not-found");
        assertThat(api.get(owner.token(), path("/compare?from=" + version + "&to=nope")).text("error"))
                .isEqualTo("version-not-found");
        Response noFrom = api.get(owner.token(), path("/compare"));
        assertThat(noFrom.status()).isEqualTo(400);
        assertThat(noFrom.text("error")).isEqualTo("from-required");
    }

    @Test
    void restoringAwayATentativeAgreementIsRefused() {
        String before = versions().get(0).path("id").asString();
        directory.replaceAgreedText(new SectionId(sectionId), "Teachers work six hours.", new UserId(owner.id()),
                "proposal-restore-test");
        Response refused = api.post(owner.token(), path("/versions/" + before + "/restore"), Map.of());
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.text("error")).isEqualTo("agreed-text-locked");
    }

    @Test
    void aTentativeAgreementAndARatificationNameOneVersionEachHoweverOftenDelivered() {
        SectionId article = new SectionId(sectionId);
        UserId lead = new UserId(owner.id());
        directory.replaceAgreedText(article, "Teachers work six and a half hours.", lead, "proposal-ta-7");
        directory.replaceAgreedText(article, "Teachers work six and a half hours.", lead, "proposal-ta-7");
        Instant ratifiedAt = Instant.now().plusSeconds(1);
        directory.nameVersion(article, "Ratified", ratifiedAt, new UserId("vote"), "ratified:proposal-ta-7");
        directory.nameVersion(article, "Ratified", ratifiedAt, new UserId("vote"), "ratified:proposal-ta-7");

        List<String> names = new ArrayList<>();
        versions().forEach(v -> names.add(v.path("name").isNull() ? null : v.path("name").asString()));
        String today = LocalDate.ofInstant(ratifiedAt, ZoneOffset.UTC).toString();
        assertThat(names).filteredOn(n -> n != null).containsExactly("Ratified: Article 7: Hours, " + today,
                "TA: Article 7: Hours, " + today);
        String taVersion = null;
        for (JsonNode v : versions()) {
            taVersion = v.path("name").asString("").startsWith("TA: ") ? v.path("id").asString() : taVersion;
        }
        assertThat(api.get(owner.token(), path("/versions/" + taVersion)).json().path("sections").get(0)
                .path("markdown").asString()).isEqualTo("Teachers work six and a half hours.");
        assertThat(versions().get(0).path("authors").get(0).path("name").asString()).isEqualTo("Ratification vote");
    }

    @Test
    void exportsAVersionAndRedlinesAsWordTrackedChangesAndLabelledPdf() throws Exception {
        String first = versions().get(0).path("id").asString();
        edit(editor, "Teachers work eight hours a day.");
        api.post(owner.token(), path("/versions"), Map.of("name", "Union draft"));

        HttpResponse<byte[]> docx = download("/export?format=docx&compare=" + first);
        assertThat(docx.statusCode()).isEqualTo(200);
        String xml = documentXml(docx.body());
        assertThat(xml).contains("<w:delText xml:space=\"preserve\">seven </w:delText>",
                "<w:t xml:space=\"preserve\">eight </w:t>", "w:author=\"Jointly\"");
        // parsed back by docx4j: real tracked-change elements Word can accept or reject
        MainDocumentPart main = WordprocessingMLPackage.load(new ByteArrayInputStream(docx.body()))
                .getMainDocumentPart();
        assertThat(main.getJAXBNodesViaXPath("//w:ins", false)).hasSize(1);
        assertThat(main.getJAXBNodesViaXPath("//w:del", false)).hasSize(1);
        assertThat(main.getJAXBNodesViaXPath("//w:del//w:delText", false)).hasSize(1);
        assertThat(docx.headers().firstValue("Content-Disposition").orElseThrow()).contains("redline");

        HttpResponse<byte[]> pdf = download("/export?format=pdf&compare=" + first);
        assertThat(pdf.statusCode()).isEqualTo(200);
        String text = pdfText(pdf.body());
        assertThat(text).contains("deleted:", "seven", "inserted:", "eight", "Master Agreement");

        String named = versions().get(0).path("id").asString();
        HttpResponse<byte[]> asNamed = download("/export?format=pdf&version=" + first);
        assertThat(pdfText(asNamed.body())).contains("Teachers work seven hours a day.", "version of ")
                .doesNotContain("eight hours");
        assertThat(pdfText(download("/export?format=pdf&version=" + named).body())).contains("Union draft");

        HttpResponse<byte[]> md = download("/export?format=md&version=" + first);
        assertThat(new String(md.body(), StandardCharsets.UTF_8)).contains("Teachers work seven hours a day.");
        HttpResponse<byte[]> mdRedline = download("/export?format=md&compare=" + first);
        assertThat(mdRedline.statusCode()).isEqualTo(400);
        assertThat(new String(mdRedline.body(), StandardCharsets.UTF_8)).contains("unsupported-format");
    }

    private void edit(TestUser who, String markdown) {
        Response r = api.put(who.token(), path("/sections/" + sectionId), Map.of("markdown", markdown));
        assertThat(r.status()).isEqualTo(200);
    }

    private JsonNode versions() {
        Response r = api.get(owner.token(), path("/versions"));
        assertThat(r.status()).isEqualTo(200);
        return r.json();
    }

    private String path(String rest) {
        return "/api/v1/documents/" + documentId + rest;
    }

    private HttpResponse<byte[]> download(String rest) throws Exception {
        return http.send(HttpRequest.newBuilder(api.uri(path(rest))).header("Authorization", "Bearer "
                + owner.token()).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String documentXml(byte[] docx) throws Exception {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().equals("word/document.xml")) {
                    return new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError("no word/document.xml");
    }

    private static String pdfText(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
