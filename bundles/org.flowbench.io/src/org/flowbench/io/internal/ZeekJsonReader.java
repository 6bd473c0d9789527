package org.flowbench.io.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.flowbench.io.FlowReader;
import org.flowbench.io.ReadReport;
import org.flowbench.model.FlowSink;
import org.flowbench.model.Progress;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

/**
 * Zeek conn.log as JSON lines ({@code LogAscii::use_json}): one object per line with the column
 * names as keys ({@code "id.orig_h"}); keys missing or null are unset, extra keys ignored. Times as
 * epoch seconds or ISO 8601 text. Flows as in {@link ZeekConnections}; parsed with Gson.
 */
public final class ZeekJsonReader implements FlowReader {

    @Override
    public String id() {
        return "zeek-conn-json";
    }

    @Override
    public String name() {
        return "Zeek conn.log (JSON lines)";
    }

    @Override
    public List<String> extensions() {
        return List.of("log", "json");
    }

    @Override
    public boolean recognizes(byte[] head) {
        String text = new String(head, StandardCharsets.UTF_8).stripLeading();
        int end = text.indexOf('\n');
        String first = end < 0 ? text : text.substring(0, end);
        return first.startsWith("{") && first.contains("\"ts\"") && first.contains("\"id.orig_h\"") && first.contains("\"id.resp_h\"");
    }

    @Override
    public ReadReport read(InputStream in, String sourceName, FlowSink sink, Progress progress) throws IOException {
        progress.begin("Reading " + sourceName, -1);
        ReadReport.Builder report = new ReadReport.Builder(sourceName);
        ZeekConnections connections = new ZeekConnections(sink);
        ZeekLines.read(in, progress, (line, place) -> {
            if (line.isBlank()) {
                return;
            }
            JsonObject o;
            try {
                JsonElement e = JsonParser.parseString(line);
                if (!e.isJsonObject()) {
                    report.skip(place, "not a JSON object");
                    return;
                }
                o = e.getAsJsonObject();
            } catch (JsonParseException | StackOverflowError e) {
                report.skip(place, "not JSON: " + e.getMessage());
                return;
            }
            try {
                report.addFlows(connections.accept(column -> value(o.get(ZeekConnections.COLUMNS.get(column)))));
            } catch (IllegalArgumentException | IllegalStateException | UnsupportedOperationException e) {
                report.skip(place, e.getMessage());
            }
        });
        report.count(ZeekConnections.CONNECTIONS, connections.connections);
        return report.build();
    }

    private static String value(JsonElement e) {
        if (e == null || e.isJsonNull()) {
            return null;
        }
        if (!e.isJsonPrimitive()) {
            throw new IllegalArgumentException("a value is " + (e.isJsonArray() ? "an array" : "an object") + " where a single value belongs");
        }
        return e.getAsString();
    }
}
