package dev.unbuildpack.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import dev.unbuildpack.common.Json;
import dev.unbuildpack.report.Format;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The four formats: JSON against its schema, app text escaped in Markdown and HTML. */
class VerifyFormatTest {
  private static final JsonSchema SCHEMA = load();

  private static VerifyReport failing() {
    return SampleReports.report(new Judge(List.of(), List.of()), SampleReports.diff(),
        SampleReports.answered());
  }

  @Test
  void jsonValidatesAgainstTheSchemaWithAndWithoutAReference() throws IOException {
    for (VerifyReport report : List.of(failing(), SampleReports.baseline())) {
      JsonNode json = Json.mapper().readTree(VerifyReports.render(Format.JSON, report));

      assertTrue(SCHEMA.validate(json).isEmpty(), SCHEMA.validate(json).toString());
      assertEquals(report.overall().id(), json.path("verdict").asText());
    }
  }

  @Test
  void theSchemaRejectsAnUnknownCategoryAndAMissingVerdict() throws IOException {
    ObjectNode json = (ObjectNode) Json.mapper().readTree(VerifyReports.render(Format.JSON, failing()));
    ((ObjectNode) json.path("categories").get(0)).put("id", "sizes");
    json.remove("verdict");

    String errors = SCHEMA.validate(json).toString();

    assertTrue(errors.contains("categories[0].id"), errors);
    assertTrue(errors.contains("verdict"), errors);
  }

  @Test
  void theSchemaListsExactlyTheCategoriesFailOnAccepts() throws IOException {
    JsonNode schema = Json.mapper().readTree(schemaStream());
    List<String> ids = new ArrayList<>();
    schema.at("/$defs/categoryId/oneOf").forEach(c -> ids.add(c.path("const").asText()));

    assertEquals(Judge.categoryIds(), ids);
  }

  @Test
  void markdownAndHtmlEscapeAppTextAndTextShowsControlCharacters() {
    VerifyReport report = failing();
    String md = VerifyReports.render(Format.MARKDOWN, report);
    String html = VerifyReports.render(Format.HTML, report);
    String text = VerifyReports.render(Format.TEXT, report);

    assertFalse(md.contains("<script>"), md);
    assertFalse(html.contains("<script>"), html);
    assertTrue(html.contains("&lt;script&gt;"), html);
    assertFalse(text.contains("\u001b"), text);
    assertTrue(html.contains("<svg"), "sizes chart");
    assertTrue(html.contains("Image diff"), "the diff's sections");
  }

  @Test
  void everyFormatStatesTheVerdictTheSizesAndTheRuns() {
    VerifyReport report = failing();
    for (Format format : Format.values()) {
      String out = VerifyReports.render(format, report);
      assertTrue(out.contains("fail") || out.contains("FAIL"), format + ": verdict");
      assertTrue(out.contains("30"), format + ": B is 30 % of A");
      assertTrue(out.contains("answered"), format + ": runs");
    }
  }

  private static InputStream schemaStream() {
    return VerifyFormatTest.class.getResourceAsStream("/schema/verify.schema.json");
  }

  private static JsonSchema load() {
    try (InputStream in = schemaStream()) {
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
