package dev.unbuildpack.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.unbuildpack.cli.CliRun;
import dev.unbuildpack.common.Json;
import dev.unbuildpack.survey.AppRow.ConvertOutcome;
import dev.unbuildpack.survey.AppRow.EcosystemRow;
import dev.unbuildpack.survey.AppRow.FindingCounts;
import dev.unbuildpack.survey.AppRow.PackageNames;
import dev.unbuildpack.survey.AppRow.ProcessRow;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The JSON follows its schema, the CSV reads back one line per app, the Markdown's tables hold. */
class SurveyFormatsTest {
  @TempDir static Path dir;
  static Path portfolio;

  @BeforeAll
  static void build() throws Exception {
    portfolio = TestPortfolio.build(dir);
  }

  private static JsonSchema schema() throws Exception {
    try (InputStream in = SurveyFormatsTest.class.getResourceAsStream(
        "/schema/survey.schema.json")) {
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
    }
  }

  private static List<String> problems(JsonNode json) throws Exception {
    return schema().validate(json).stream().map(ValidationMessage::getMessage).sorted().toList();
  }

  @Test
  void surveyJsonMatchesTheSchema() throws Exception {
    CliRun run = CliRun.of("survey", portfolio.toString(), "--format", "json");
    assertEquals(List.of(), problems(Json.mapper().readTree(run.out())));
  }

  @Test
  void aShardsJsonMatchesTheSchema() throws Exception {
    CliRun run = CliRun.of("survey", portfolio.toString(), "--format", "json", "--shard", "2/5");
    JsonNode json = Json.mapper().readTree(run.out());
    assertEquals(5, json.at("/shard/count").asInt());
    assertEquals(List.of(), problems(json));
  }

  @Test
  void theSchemaRejectsAnUnknownPlacementAndAnyExtraField() throws Exception {
    CliRun run = CliRun.of("survey", portfolio.toString(), "--format", "json");
    JsonNode json = Json.mapper().readTree(run.out());
    ((ObjectNode) json.at("/apps/0")).put("placement", "elsewhere");
    assertFalse(problems(json).isEmpty(), "an unknown placement must not validate");
    JsonNode valued = Json.mapper().readTree(run.out());
    ((ObjectNode) valued.at("/apps/0/systemPackages")).put("value", "secret");
    assertFalse(problems(valued).isEmpty(), "an extra field must not validate");
  }

  @Test
  void csvReadsBackAsOneRowPerAppUnderTheHeader() throws Exception {
    CliRun json = CliRun.of("survey", portfolio.toString(), "--format", "json");
    SurveyReport report = Json.mapper().readValue(json.out(), SurveyReport.class);
    CliRun csv = CliRun.of("survey", portfolio.toString(), "--format", "csv");
    CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
    List<String[]> lines;
    try (MappingIterator<String[]> it = mapper.readerFor(String[].class).readValues(csv.out())) {
      lines = it.readAll();
    }
    assertEquals(report.apps().size() + 1, lines.size());
    int columns = lines.get(0).length;
    assertEquals("path", lines.get(0)[0]);
    for (int i = 1; i < lines.size(); i++) {
      assertEquals(columns, lines.get(i).length, "line " + i);
      assertEquals(report.apps().get(i - 1).path(), lines.get(i)[0]);
    }
  }

  private static AppRow hostile(String path, String command) {
    return new AppRow(path, Placement.ROOT, null, 0, null,
        List.of(new EcosystemRow("node", "node", "24.1.0", "24.x", "24", false, "npm", null,
            null)),
        List.of(new ProcessRow("web", command)), List.of("NPM_TOKEN"),
        new PackageNames(List.of(), List.of()), List.of(), List.of(),
        new FindingCounts(0, 0, 0), List.of(), new ConvertOutcome(true, null, null));
  }

  @Test
  void csvCellsThatASpreadsheetWouldRunAsAFormulaStartWithAnApostrophe() {
    String csv = SurveyCsv.render(SurveyReport.of(null, List.of(
        hostile("=cmd|' /C calc'!A0", "+1+2"), hostile("@SUM(A1)", "-2+3\nrm -rf /"))));
    List<String> lines = csv.lines().toList();
    assertEquals(3, lines.size(), "a line break in app text stays inside one row: " + csv);
    assertTrue(lines.get(1).startsWith("\"'=cmd|' /C calc'!A0\""), lines.get(1));
    assertTrue(lines.get(1).contains("web=+1+2"), "a list cell starts with the process type");
    assertTrue(lines.get(2).startsWith("\"'@SUM(A1)\""), lines.get(2));
    assertTrue(lines.get(2).contains("web=-2+3\\nrm -rf /"), lines.get(2));
  }

  @Test
  void markdownTableRowsKeepTheirCellsWhateverTheAppIsCalled() {
    String md = SurveyMarkdown.render(SurveyReport.of(null, List.of(
        hostile("apps/a|b`c<script>", "node server.js"), hostile("apps/[x](http://e)", "x"))));
    Pattern unescapedPipe = Pattern.compile("(?<!\\\\)\\|");
    String table = md.substring(md.indexOf("<details>"));
    List<String> rows = table.lines().filter(l -> l.startsWith("| `")).toList();
    assertEquals(2, rows.size(), md);
    for (String row : rows) {
      assertEquals(6, unescapedPipe.matcher(row).results().count(), row);
    }
    // In a code span GitHub shows <script> as text; a fence longer than the backtick inside.
    assertTrue(rows.get(0).startsWith("| ``apps/a\\|b`c<script>`` |"), rows.get(0));
  }
}
