package dev.unbuildpack.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.unbuildpack.common.Json;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every scenario's JSON golden conforms to the published schema, and the schema is strict. */
class CheckJsonSchemaTest {
  private static JsonSchema schema() throws Exception {
    try (InputStream in = CheckJsonSchemaTest.class.getResourceAsStream("/schema/check.schema.json")) {
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
    }
  }

  private static JsonNode golden(String scenario) throws Exception {
    return Json.mapper().readTree(Files.readString(
        CheckScenariosTest.FIXTURES.resolve(scenario).resolve("expected/check.json")));
  }

  @ParameterizedTest
  @MethodSource("dev.unbuildpack.check.CheckScenariosTest#scenarios")
  void theJsonOfEveryScenarioMatchesTheSchema(String scenario) throws Exception {
    Set<ValidationMessage> problems = schema().validate(golden(scenario));
    assertEquals(List.of(), problems.stream().map(ValidationMessage::getMessage).sorted().toList());
  }

  @Test
  void theSchemaRejectsAnUnknownKeyInAFinding() throws Exception {
    JsonNode report = golden("secret-not-mounted");
    ((ObjectNode) report.path("findings").path(0)).put("value", "leaked");
    assertFalse(schema().validate(report).isEmpty());
  }
}
