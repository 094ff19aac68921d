package dev.unbuildpack.verify;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.unbuildpack.common.Json;
import dev.unbuildpack.diff.Change;
import dev.unbuildpack.report.Format;
import java.util.List;

/**
 * The machine-readable report, described by {@code schema/verify.schema.json}; written field by
 * field so a renamed Java field cannot change it. The diff is embedded exactly as {@code diff
 * --format json} writes it.
 */
final class VerifyJson {
  static final int SCHEMA_VERSION = 1;

  private VerifyJson() {}

  static String render(VerifyReport report) {
    ObjectNode root = Json.mapper().createObjectNode();
    root.put("schemaVersion", SCHEMA_VERSION);
    root.put("app", report.app());
    root.put("verdict", report.overall().id());
    root.put("mode", report.mode());
    image(root, "imageA", report.imageA());
    image(root, "imageB", report.imageB());
    root.put("baseline", report.baseline());
    if (report.sizePercent() == null) {
      root.putNull("sizePercent");
    } else {
      root.put("sizePercent", report.sizePercent());
    }
    ArrayNode categories = root.putArray("categories");
    for (CategoryVerdict verdict : report.verdicts()) {
      ObjectNode node = categories.addObject();
      node.put("id", verdict.id());
      node.put("title", verdict.title());
      node.put("level", verdict.level().id());
      ArrayNode notes = node.putArray("notes");
      verdict.notes().forEach(notes::add);
    }
    ObjectNode runs = root.putObject("runs");
    runs(runs, "a", report.runsA());
    runs(runs, "b", report.runsB());
    ArrayNode gaps = root.putArray("stackGaps");
    for (Change gap : report.stackGaps()) {
      ObjectNode node = gaps.addObject();
      node.put("object", gap.scope());
      node.put("library", gap.subject());
      node.put("detail", gap.detail());
    }
    if (report.diff() == null) {
      root.putNull("diff");
    } else {
      root.set("diff", parse(Format.JSON.render(report.diff(), false)));
    }
    ObjectNode timings = root.putObject("timings");
    timings.put("totalMillis", report.timings().totalMillis());
    timings.put("buildMillis", report.timings().buildMillis());
    timings.put("appMillis", report.timings().appMillis());
    timings.put("overheadMillis", report.timings().overheadMillis());
    ArrayNode notes = root.putArray("notes");
    report.notes().forEach(notes::add);
    return Json.write(root);
  }

  private static void image(ObjectNode root, String field, ImageSummary image) {
    if (image == null) {
      root.putNull(field);
      return;
    }
    ObjectNode node = root.putObject(field);
    node.put("ref", image.ref());
    node.put("origin", image.origin());
    node.put("sizeBytes", image.sizeBytes());
    node.put("buildMillis", image.buildMillis());
  }

  private static void runs(ObjectNode parent, String field, List<ProcessRun> runs) {
    if (runs == null) {
      parent.putNull(field);
      return;
    }
    ArrayNode array = parent.putArray(field);
    for (ProcessRun run : runs) {
      ObjectNode node = array.addObject();
      node.put("type", run.type());
      node.put("outcome", run.outcome().id());
      node.put("status", run.status());
      node.put("millisToAnswer", run.millisToAnswer());
      node.put("memoryBytes", run.memoryBytes());
      node.put("exitCode", run.exitCode());
      node.put("logTail", run.logTail());
    }
  }

  private static com.fasterxml.jackson.databind.JsonNode parse(String json) {
    try {
      return Json.mapper().readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("the diff renderer wrote invalid JSON", e);
    }
  }
}
