package app.jointly.infra;

import app.jointly.testsupport.TestApi;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * HTTP/1.0 over a plain socket, so that a path reaches the server exactly as written (an HTTP client would
 * normalise or re-encode {@code ..}, {@code %2F} and friends).
 */
final class RawHttp {

    record Reply(int status, String contentType, String body) {
        JsonNode json(TestApi api) {
            return JsonMapper.builder().build().readTree(body.isBlank() ? "{}" : body);
        }
    }

    private RawHttp() {
    }

    static Reply get(TestApi api, String token, String rawPath) {
        return get(api, token, rawPath, "");
    }

    /** With {@code extraHeaders} ("Name: value\r\n" lines) sent as written. */
    static Reply get(TestApi api, String token, String rawPath, String extraHeaders) {
        URI base = URI.create(api.baseUrl());
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + rawPath + " HTTP/1.0\r\nHost: " + base.getHost() + ":" + base.getPort()
                    + "\r\nAuthorization: Bearer " + token + "\r\nAccept: application/json\r\n" + extraHeaders + "\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            return parse(readAll(socket.getInputStream()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Reply parse(String raw) {
        int headerEnd = raw.indexOf("\r\n\r\n");
        String head = headerEnd < 0 ? raw : raw.substring(0, headerEnd);
        String body = headerEnd < 0 ? "" : raw.substring(headerEnd + 4);
        String[] lines = head.split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        String contentType = "";
        for (String line : lines) {
            if (line.toLowerCase(Locale.ROOT).startsWith("content-type:")) {
                contentType = line.substring("content-type:".length()).trim();
            }
        }
        return new Reply(status, contentType, body);
    }

    private static String readAll(InputStream in) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        in.transferTo(bytes);
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
