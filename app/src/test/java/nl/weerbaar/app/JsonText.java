package nl.weerbaar.app;

import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/** Test bodies written as maps, so each test shows only the fields it cares about. */
final class JsonText {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private JsonText() {
    }

    static String of(Map<String, ?> fields) {
        return MAPPER.writeValueAsString(fields);
    }

    static Map<?, ?> parse(String json) {
        return MAPPER.readValue(json, Map.class);
    }
}
