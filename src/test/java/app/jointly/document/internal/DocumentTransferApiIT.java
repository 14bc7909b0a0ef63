package app.jointly.document.internal;

import static org.assertj.core.api.Assertions.assertThat;

import app.jointly.document.SectionView;
import app.jointly.testsupport.IntegrationTest;
import app.jointly.testsupport.TestApi;
import app.jointly.testsupport.TestApi.Response;
import app.jointly.testsupport.TestApi.TestUser;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@IntegrationTest
class DocumentTransferApiIT {

    @Autowired
    TestApi api;

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();
    private TestUser owner;
    private String workspaceId;

    @BeforeEach
    void setUp() {
        owner = api.createUser("export-owner");
        workspaceId = api.createWorkspace(owner, "Export and import", "District", "Union").path("id").asString();
    }

    @Test
    void exportsEachFormatWithItsTypeAndFileName() throws Exception {
        String id = createContract();

        HttpResponse<byte[]> md = download(owner.token(), id, "md");
        assertThat(md.statusCode()).isEqualTo(200);
        assertThat(mediaType(md)).isEqualTo(MediaType.parseMediaType("text/markdown; charset=utf-8"));
        assertThat(md.headers().firstValue("Content-Disposition")).hasValue("attachment; "
                + "filename=\"Master Agreement 2026_2029.md\"; filename*=UTF-8''Master%20Agreement%202026%E2%80%932029.md");
        assertThat(new String(md.body(), StandardCharsets.UTF_8)).contains("## Article 12: Salaries", "| 2 | 47,250 |");

        HttpResponse<byte[]> html = download(owner.token(), id, "html");
        assertThat(mediaType(html)).isEqualTo(MediaType.parseMediaType("text/html; charset=utf-8"));
        assertThat(new String(html.body(), StandardCharsets.UTF_8)).contains("<td>47,250</td>");

        HttpResponse<byte[]> docx = download(owner.token(), id, "docx");
        assertThat(docx.headers().firstValue("Content-Type"))
                .hasValue("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(wordSectionsOf(docx.body())).extracting(s -> s).hasSize(2);

        HttpResponse<byte[]> pdf = download(owner.token(), id, "pdf");
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            assertThat(new PDFTextStripper().getText(document)).contains("Article 12: Salaries", "Page 1 of");
        }
    }

    @Test
    void refusesUnknownFormatsVersionsAndOutsiders() throws Exception {
        String id = createContract();

        HttpResponse<byte[]> odt = download(owner.token(), id, "odt");
        assertThat(odt.statusCode()).isEqualTo(400);
        assertThat(error(odt)).isEqualTo("unknown-format");

        HttpResponse<byte[]> versioned = send(owner.token(), "/api/v1/documents/" + id + "/export?format=pdf&version=v1");
        assertThat(versioned.statusCode()).isEqualTo(404);
        assertThat(error(versioned)).isEqualTo("version-not-found");

        TestUser outsider = api.createUser("export-outsider");
        HttpResponse<byte[]> foreign = download(outsider.token(), id, "docx");
        assertThat(foreign.statusCode()).isEqualTo(404);
        assertThat(error(foreign)).isEqualTo("document-not-found");
    }

    @Test
    void importsAWordFileAsADocumentWithOneSectionPerTopLevelHeading() throws Exception {
        byte[] word = new DocxWriter().write(ExportSamples.contract());

        Response created = importFile(owner.token(), workspaceId, word, "Imported agreement", "contract");

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.text("title")).isEqualTo("Imported agreement");
        assertThat(created.text("kind")).isEqualTo("contract");
        assertThat(created.json().path("sections").findValuesAsString("heading"))
                .containsExactly("Article 1: Recognition", "Article 12: Salaries");
        assertThat(created.json().path("sections").get(1).path("markdown").asString())
                .contains("| 2 | 47,250 |", "[^1]: Before taxes.");
        Response read = api.get(owner.token(), "/api/v1/documents/" + created.text("id"));
        assertThat(read.json()).isEqualTo(created.json());
    }

    @Test
    void refusesHostileAndOversizedFilesAndOutsiders() throws Exception {
        Response notZip = importFile(owner.token(), workspaceId, "just text".getBytes(StandardCharsets.UTF_8),
                "T", "contract");
        assertThat(notZip.status()).isEqualTo(400);
        assertThat(notZip.text("error")).isEqualTo("bad-file");

        Map<String, byte[]> bombEntries = WordFiles.minimalDocx(WordFiles.body("<w:p/>"));
        bombEntries.put("word/media/huge.png", new byte[(int) DocxUploadGuard.MAX_ENTRY + 1]);
        Response bomb = importFile(owner.token(), workspaceId, WordFiles.zip(bombEntries), "T", "contract");
        assertThat(bomb.status()).isEqualTo(400);
        assertThat(bomb.text("error")).isEqualTo("bad-file");

        byte[] tooLarge = new byte[(int) DocxUploadGuard.MAX_UPLOAD + 1];
        Response large = importFile(owner.token(), workspaceId, tooLarge, "T", "contract");
        assertThat(large.status()).isEqualTo(413);
        assertThat(large.text("error")).isEqualTo("too-large");

        Response noKind = importFile(owner.token(), workspaceId, new DocxWriter().write(ExportSamples.contract()),
                "T", "novel");
        assertThat(noKind.status()).isEqualTo(400);
        assertThat(noKind.text("error")).isEqualTo("invalid-kind");

        TestUser outsider = api.createUser("import-outsider");
        Response foreign = importFile(outsider.token(), workspaceId, new DocxWriter().write(ExportSamples.contract()),
                "T", "contract");
        assertThat(foreign.status()).isEqualTo(404);
    }

    private String createContract() {
        List<Map<String, String>> sections = ExportSamples.contract().sections().stream()
                .map(DocumentTransferApiIT::section).toList();
        Response created = api.post(owner.token(), "/api/v1/workspaces/" + workspaceId + "/documents",
                Map.of("title", ExportSamples.TITLE, "kind", "contract", "sections", sections));
        assertThat(created.status()).isEqualTo(201);
        return created.text("id");
    }

    private static Map<String, String> section(SectionView view) {
        return Map.of("heading", view.heading(), "markdown", view.markdown());
    }

    private List<?> wordSectionsOf(byte[] docx) throws Exception {
        return WordSections.read(org.docx4j.openpackaging.packages.WordprocessingMLPackage
                .load(new java.io.ByteArrayInputStream(docx))).sections();
    }

    private HttpResponse<byte[]> download(String token, String documentId, String format) throws Exception {
        return send(token, "/api/v1/documents/" + documentId + "/export?format=" + format);
    }

    private HttpResponse<byte[]> send(String token, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(api.uri(path)).header("Authorization", "Bearer " + token).GET()
                .build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** Tomcat writes "text/markdown;charset=utf-8": the same media type, compared as such. */
    private static MediaType mediaType(HttpResponse<byte[]> response) {
        return MediaType.parseMediaType(response.headers().firstValue("Content-Type").orElseThrow());
    }

    private String error(HttpResponse<byte[]> response) {
        JsonNode body = json.readTree(response.body());
        return body.path("error").asString();
    }

    private Response importFile(String token, String workspace, byte[] file, String title, String kind) {
        String boundary = "----jointly" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        part(body, boundary, "title", null, title.getBytes(StandardCharsets.UTF_8));
        part(body, boundary, "kind", null, kind.getBytes(StandardCharsets.UTF_8));
        part(body, boundary, "file", "agreement.docx", file);
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return api.send(HttpRequest.newBuilder(api.uri("/api/v1/workspaces/" + workspace + "/documents/import"))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    private static void part(ByteArrayOutputStream body, String boundary, String name, String fileName,
                             byte[] content) {
        String header = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\""
                + (fileName == null ? "" : "; filename=\"" + fileName + "\"\r\nContent-Type: application/"
                + "vnd.openxmlformats-officedocument.wordprocessingml.document") + "\r\n\r\n";
        body.writeBytes(header.getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
    }
}
