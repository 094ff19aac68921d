package dev.unbuildpack.common.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unbuildpack.common.BadInputException;
import dev.unbuildpack.common.Location;
import dev.unbuildpack.dockerfile.Assignment;
import dev.unbuildpack.dockerfile.Dockerfile;
import dev.unbuildpack.dockerfile.DockerfileParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Each writer, fed hostile text, either keeps its format's structure and the text's meaning or refuses. */
class WritersTest {
  static List<String> hostile() {
    return List.of("plain", "a b", "$HOME", "${PATH}", "it's", "\"q\"", "back\\slash\\", "\\",
        "'", "''", ">=11.x", "`id`", "$(id)", "a;b", "x <<EOF", "tab\there", "*?[a]", "~user",
        "#hash", "-flag", "a\nb", "a\rb", "a\u2028b", "a\u0085b", "", "é ✓");
  }

  @ParameterizedTest
  @MethodSource("hostile")
  void aCommentIsAlwaysCommentLines(String text) {
    String comment = HashComment.line("app \"" + text + "\"") + HashComment.wrapped(text, 20);
    comment.lines().forEach(line -> assertTrue(line.startsWith("#"), comment));
    Dockerfile parsed = DockerfileParser.parse("Dockerfile", comment + "FROM scratch\n");
    assertEquals(1, parsed.instructions().size(), comment);
  }

  @ParameterizedTest
  @MethodSource("hostile")
  void anEnvValueReadsBackLiterallyOrIsRefused(String value) {
    String written;
    try {
      written = DockerfileText.literalAssignment("NAME", value, Location.of("app.json", 2));
    } catch (BadInputException refused) {
      assertTrue(VisibleText.hasControl(value), "refused only for control characters: " + value);
      assertEquals("app.json:2", refused.location().orElseThrow().toString());
      return;
    }
    Dockerfile parsed = DockerfileParser.parse("Dockerfile",
        "FROM scratch\nENV " + written + "\nENV OTHER=1\n");
    assertEquals(3, parsed.instructions().size(), written);
    assertEquals(List.of(new Assignment("NAME", value)),
        Assignment.of(parsed.instructions().get(1)), written);
    assertTrue(!written.contains("$") || written.startsWith("NAME='"), "$ never active: " + written);
  }

  @ParameterizedTest
  @ValueSource(strings = {"1A", "A-B", "A B", "A\nRUN x", "A=B", "", "A$"})
  void anInvalidNameIsRefusedWithItsPlace(String name) {
    BadInputException e = assertThrows(BadInputException.class,
        () -> DockerfileText.name(name, Location.of("app.json", 7)));
    assertEquals(3, e.exitCode());
    assertEquals("app.json:7", e.location().orElseThrow().toString());
  }

  @ParameterizedTest
  @ValueSource(strings = {"echo a \\", "echo <<EOF", "echo a\rRUN x", "a\u2028b"})
  void aRunCommandThatWouldSpillIsRefused(String command) {
    assertThrows(BadInputException.class, () -> DockerfileText.runCommand(command, Location.of("x")));
  }

  @ParameterizedTest
  @MethodSource("hostile")
  void aShellWordMeansItselfToSh(String text) throws IOException, InterruptedException {
    for (String word : List.of(ShellWord.quoted(text), ShellWord.of(text))) {
      Process sh = new ProcessBuilder("/bin/sh", "-c", "printf %s " + word).start();
      assertTrue(sh.waitFor(10, TimeUnit.SECONDS));
      String out = new String(sh.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertEquals(text, out, "sh read " + word);
    }
  }

  @ParameterizedTest
  @MethodSource("hostile")
  void anIgnorePatternIsOneLineOrRefused(String pattern) {
    try {
      String line = IgnoreLine.pattern(pattern, Location.of(".slugignore", 1));
      assertEquals(1, line.lines().count());
      assertTrue(!line.startsWith("#"), line);
    } catch (BadInputException refused) {
      assertTrue(pattern.isBlank() || VisibleText.hasControl(pattern)
          || !pattern.strip().equals(pattern), pattern);
    }
  }

  @ParameterizedTest
  @MethodSource("hostile")
  void markdownKeepsARowOneRowAndACodeSpanOneSpan(String text) {
    String row = Markdown.row(List.of(Markdown.code(text), Markdown.text(text)));
    assertEquals(1, row.lines().count(), row);
    assertEquals(3, row.split("(?<!\\\\)\\|", -1).length - 1, "two cells: " + row);
    String code = Markdown.code("a`" + text + "``b");
    assertTrue(code.startsWith("```") && code.endsWith("```"), code);
  }

  @ParameterizedTest
  @ValueSource(strings = {"<script>", "a & b", "\"'"})
  void htmlAndMarkdownShareTheEntities(String text) {
    assertTrue(!Html.escape(text).contains("<") && !Markdown.text(text).contains("<"));
    assertEquals(Html.escape("<&>"), Markdown.text("<&>"));
  }
}
