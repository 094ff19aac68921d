package dev.unbuildpack.dockerfile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unbuildpack.common.BadInputException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Cases follow the syntax the Dockerfile reference documents, one behaviour per test. */
class DockerfileParserTest {

  private static Dockerfile parse(String text) {
    return DockerfileParser.parse("Dockerfile", text);
  }

  private static Instruction only(String text) {
    List<Instruction> instructions = parse(text).instructions();
    assertEquals(1, instructions.size(), "instructions in " + text);
    return instructions.get(0);
  }

  @Test
  void readsParserDirectivesAtTheTopAndTheBacktickEscape() {
    Dockerfile file = parse("""
        # syntax=docker/dockerfile:1
        #  Escape = `
        FROM scratch
        RUN dir c:\\ `
            && echo done
        """);
    assertEquals(Map.of("syntax", "docker/dockerfile:1", "escape", "`"), file.directives());
    assertEquals('`', file.escape());
    assertEquals("dir c:\\ && echo done", file.instructions().get(1).arguments().replaceAll(" +", " "));
  }

  @Test
  void aDirectiveAfterACommentIsOnlyAComment() {
    Dockerfile file = parse("# About my dockerfile\n# escape=`\nFROM scratch\n");
    assertEquals(Map.of(), file.directives());
    assertEquals('\\', file.escape());
  }

  @Test
  void anUnknownDirectiveEndsTheDirectives() {
    Dockerfile file = parse("# unknowndirective=value\n# escape=`\nFROM scratch\n");
    assertEquals(Map.of(), file.directives());
  }

  @Test
  void aDirectiveAfterAnEmptyLineIsOnlyAComment() {
    assertEquals(Map.of(), parse("\n# escape=`\nFROM scratch\n").directives());
  }

  @Test
  void aRepeatedDirectiveIsRejectedWithItsLine() {
    BadInputException e = assertThrows(BadInputException.class,
        () -> parse("# escape=\\\n# escape=`\nFROM scratch\n"));
    assertEquals("Dockerfile:2", e.location().orElseThrow().toString());
  }

  @Test
  void anEscapeOtherThanBackslashOrBacktickIsRejected() {
    assertThrows(BadInputException.class, () -> parse("# escape=!\nFROM scratch\n"));
  }

  @Test
  void joinsContinuationsAndDropsCommentAndEmptyLinesInside() {
    Instruction run = only("""
        RUN echo hello \\
        # a comment inside the instruction
        
        world
        """);
    assertEquals("echo hello world", run.arguments());
    assertEquals(1, run.line());
    assertEquals(4, run.endLine());
  }

  @Test
  void allowsWhitespaceAfterTheEscapeAndBeforeInstructions() {
    Instruction run = only("   RUN a \\   \n   b\n");
    assertEquals("a    b", run.arguments());
  }

  @Test
  void skipsCommentLinesAndKeepsLineNumbers() {
    Dockerfile file = parse("# first\nFROM scratch\n\n  # indented comment\nENV A=1\n");
    assertEquals(List.of(2, 5), file.instructions().stream().map(Instruction::line).toList());
  }

  @Test
  void keywordsAreCaseInsensitive() {
    assertEquals("RUN", only("run echo hi\n").keyword());
  }

  @Test
  void readsAHeredocAndItsLines() {
    Instruction run = only("""
        RUN <<EOF
        apt-get update
        apt-get install -y curl
        EOF
        """);
    assertEquals(1, run.heredocs().size());
    Heredoc heredoc = run.heredocs().get(0);
    assertEquals("EOF", heredoc.delimiter());
    assertEquals("apt-get update\napt-get install -y curl\n", heredoc.content());
    assertEquals(2, heredoc.line());
    assertEquals(4, run.endLine());
    assertFalse(heredoc.quoted());
  }

  @Test
  void aDashHeredocStripsLeadingTabs() {
    Instruction run = only("RUN <<-EOT bash\n\techo one\n\t\techo two\n\tEOT\n");
    assertEquals("echo one\necho two\n", run.heredocs().get(0).content());
    assertTrue(run.heredocs().get(0).stripTabs());
  }

  @Test
  void aQuotedHeredocDelimiterIsMarkedQuoted() {
    Instruction run = only("RUN <<'EOT' sh\necho $HOME\nEOT\n");
    assertTrue(run.heredocs().get(0).quoted());
    assertEquals("echo $HOME\n", run.heredocs().get(0).content());
    assertTrue(only("RUN <<\"EOT\" sh\nx\nEOT\n").heredocs().get(0).quoted());
  }

  @Test
  void readsSeveralHeredocsInOrder() {
    Instruction copy = only("COPY <<FILE1 <<FILE2 /dest/\none\nFILE1\ntwo\nFILE2\n");
    assertEquals(List.of("one\n", "two\n"), copy.heredocs().stream().map(Heredoc::content).toList());
  }

  @Test
  void commentLikeLinesInsideAHeredocAreContent() {
    Instruction run = only("RUN <<EOF\n# not a comment here\nEOF\n");
    assertEquals("# not a comment here\n", run.heredocs().get(0).content());
  }

  @Test
  void heredocsApplyOnlyToRunCopyAndAdd() {
    assertEquals(List.of(), only("CMD cat <<EOF\n").heredocs());
    assertEquals(List.of(), only("RUN cat <<<\"a here-string\"\n").heredocs());
  }

  @Test
  void anUnclosedHeredocIsRejectedWithTheInstructionsLine() {
    BadInputException e = assertThrows(BadInputException.class,
        () -> parse("FROM scratch\nRUN <<EOF\necho hi\n"));
    assertEquals("Dockerfile:2", e.location().orElseThrow().toString());
  }

  @Test
  void aJsonArrayIsTheExecForm() {
    Instruction cmd = only("CMD [\"node\", \"server.js\"]\n");
    assertEquals(List.of("node", "server.js"), cmd.execForm());
  }

  @Test
  void invalidJsonFallsBackToTheShellForm() {
    Instruction run = only("RUN [ \"echo\", $HOME ]\n");
    assertFalse(run.isExecForm());
    assertEquals("[ \"echo\", $HOME ]", run.arguments());
    assertFalse(only("CMD ['single', 'quotes']\n").isExecForm());
  }

  @Test
  void readsFlagsBeforeTheArguments() {
    Instruction run = only(
        "RUN --mount=type=secret,id=npm,env=NPM_TOKEN --network=none npm ci --omit=dev\n");
    assertEquals(List.of(new Flag("mount", "type=secret,id=npm,env=NPM_TOKEN"),
        new Flag("network", "none")), run.flags());
    assertEquals("npm ci --omit=dev", run.arguments());
    Instruction copy = only("COPY --from=build --chown=1000:1000 --link /app /app\n");
    assertEquals("build", copy.flag("from").orElseThrow());
    assertNull(copy.flags().get(2).value());
    assertEquals("/app /app", copy.arguments());
  }

  @Test
  void flagsMaySpanContinuationLines() {
    Instruction run = only("RUN --mount=type=secret,id=a \\\n    --mount=type=cache,target=/root/.npm \\\n    npm ci\n");
    assertEquals(2, run.flagValues("mount").size());
    assertEquals(1, run.secretMounts().size());
    assertEquals("npm ci", run.arguments());
  }

  @Test
  void numbersStagesFromEachFrom() {
    Dockerfile file = parse("""
        ARG BASE=debian
        FROM $BASE AS build
        RUN make
        FROM scratch
        COPY --from=build /out /
        """);
    assertEquals(List.of(-1, 0, 0, 1, 1),
        file.instructions().stream().map(Instruction::stage).toList());
  }

  @Test
  void aByteOrderMarkAndCrlfLineEndsAreAccepted() {
    Dockerfile file = parse("\uFEFFFROM scratch\r\nRUN a \\\r\n b\r\n");
    assertEquals(List.of("FROM", "RUN"), file.instructions().stream().map(Instruction::keyword).toList());
    assertEquals("a  b", file.instructions().get(1).arguments());
  }

  @Test
  void longDirectivesAndManyFlagsTakeLinearTime() {
    String spaces = " ".repeat(200_000);
    String flags = "--mount=type=cache,target=/x ".repeat(100_000);
    Dockerfile dockerfile = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> parse(
        "# syntax=a" + spaces + "b \nFROM node\nRUN " + flags + "npm ci\n"));
    assertEquals("a" + spaces + "b", dockerfile.directives().get("syntax"));
    Instruction run = dockerfile.instructions().get(1);
    assertEquals(100_000, run.flags().size());
    assertEquals("npm ci", run.arguments());
  }
}
