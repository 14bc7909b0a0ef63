package app.jointly.collab.internal;

import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The JSON reader for protocol messages, with nesting and size bounds suited to change sets. */
public final class JsonSupport {

    private static final JsonMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(8)
                    .maxStringLength(2_000_000).build())
            .build()).build();

    private JsonSupport() {
    }

    /** @throws tools.jackson.core.JacksonException when the text is not JSON */
    public static JsonNode tree(String json) {
        return MAPPER.readTree(json);
    }
}
