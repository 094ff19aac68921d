package dev.unbuildpack.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.unbuildpack.common.Json;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The detect JSON of every fixture conforms to schema/detect.schema.json. */
class DetectSchemaTest {
  private static JsonSchema schema;

  @BeforeAll
  static void loadSchema() throws Exception {
    try (InputStream in = DetectSchemaTest.class.getResourceAsStream("/schema/detect.schema.json")) {
      schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
    }
  }

  static Stream<Path> detectable() {
    return NodeFixtures.detectable();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("detectable")
  void detectOutputConformsToTheSchema(Path app) throws Exception {
    JsonNode output = Json.mapper().readTree(NodeFixtures.detectJson(app));
    Set<ValidationMessage> problems = schema.validate(output);
    assertEquals(Set.of(), problems, app.getFileName() + " does not match the schema");
  }

  @Test
  void schemaRejectsAStepWithAnUnknownPhase() throws Exception {
    Path app = NodeFixtures.root().resolve("express-npm");
    JsonNode output = Json.mapper().readTree(NodeFixtures.detectJson(app));
    ((com.fasterxml.jackson.databind.node.ObjectNode) output.get("buildSteps").get(0))
        .put("phase", "deploy");
    assertFalse(schema.validate(output).isEmpty(), "an unknown phase must not validate");
  }

  @Test
  void schemaRejectsAStepThatNamesNoEcosystem() throws Exception {
    Path app = NodeFixtures.root().resolve("express-npm");
    JsonNode output = Json.mapper().readTree(NodeFixtures.detectJson(app));
    assertTrue(schema.validate(output).isEmpty());
    ((com.fasterxml.jackson.databind.node.ObjectNode) output.get("buildSteps").get(0))
        .remove("ecosystem");
    assertFalse(schema.validate(output).isEmpty(), "every step names its ecosystem");
  }
}
