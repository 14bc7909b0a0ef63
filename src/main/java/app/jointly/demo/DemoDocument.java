package app.jointly.demo;

import app.jointly.document.DocumentKind;
import app.jointly.document.NewSection;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A demo document read from a Markdown file: the first {@code # } line is the title, each {@code ## } line starts
 * a section (deeper headings stay inside the section's text).
 */
record DemoDocument(String title, DocumentKind kind, List<NewSection> sections) {

    static DemoDocument fromClasspath(String path, DocumentKind kind) {
        try (InputStream in = DemoDocument.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Demo file " + path + " is missing from the build");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), kind);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read demo file " + path, e);
        }
    }

    static DemoDocument parse(String markdown, DocumentKind kind) {
        String title = null;
        List<NewSection> sections = new ArrayList<>();
        String heading = null;
        StringBuilder body = new StringBuilder();
        for (String line : markdown.replace("\r\n", "\n").split("\n", -1)) {
            if (title == null && line.startsWith("# ")) {
                title = line.substring(2).strip();
            } else if (line.startsWith("## ")) {
                if (heading != null) {
                    sections.add(new NewSection(heading, body.toString().strip()));
                }
                heading = line.substring(3).strip();
                body.setLength(0);
            } else if (heading != null) {
                body.append(line).append('\n');
            }
        }
        if (heading != null) {
            sections.add(new NewSection(heading, body.toString().strip()));
        }
        if (title == null) {
            throw new IllegalArgumentException("A demo document needs a '# Title' line");
        }
        return new DemoDocument(title, kind, List.copyOf(sections));
    }
}
