package dev.unbuildpack.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.unbuildpack.cli.CliRun;
import dev.unbuildpack.common.Json;
import dev.unbuildpack.diff.Category;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The JSON report matches its published schema, and the schema lists every category. */
class DiffJsonSchemaTest {
  private static final JsonSchema SCHEMA = load();

  static List<Path> scenarios() {
    return DiffScenarios.all();
  }

  @ParameterizedTest
  @MethodSource("scenarios")
  void jsonOutputValidatesAgainstTheSchema(Path scenario) throws IOException {
    JsonNode report = jsonReport(scenario);

    Set<ValidationMessage> errors = SCHEMA.validate(report);

    assertTrue(errors.isEmpty(), errors.toString());
  }

  @Test
  void schemaRejectsAnUnknownCategoryAndAMissingField() throws IOException {
    ObjectNode report = (ObjectNode) jsonReport(DiffScenarios.all().get(0));
    ((ObjectNode) report.path("categories").get(0)).put("id", "size");
    report.remove("sizes");

    String errors = SCHEMA.validate(report).toString();

    assertTrue(errors.contains("categories[0].id"), errors);
    assertTrue(errors.contains("sizes"), errors);
  }

  @Test
  void schemaCategoryIdsAreExactlyTheCategories() throws IOException {
    JsonNode schema = Json.mapper().readTree(schemaStream());
    List<String> ids = new ArrayList<>();
    schema.at("/$defs/categoryId/oneOf").forEach(choice -> ids.add(choice.path("const").asText()));
    schema.at("/$defs/categoryId/oneOf")
        .forEach(choice -> assertFalse(choice.path("description").asText().isBlank()));

    assertEquals(Category.ids(), ids);
  }

  private static JsonNode jsonReport(Path scenario) throws IOException {
    CliRun run = CliRun.of(DiffScenarios.diffArgs(scenario, "--format", "json"));
    assertEquals(0, run.exitCode(), run.err());
    return Json.mapper().readTree(run.out());
  }

  private static InputStream schemaStream() {
    return DiffJsonSchemaTest.class.getResourceAsStream("/schema/diff.schema.json");
  }

  private static JsonSchema load() {
    try (InputStream in = schemaStream()) {
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
