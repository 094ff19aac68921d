package dev.unbuildpack.common.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.unbuildpack.common.Json;
import dev.unbuildpack.common.Location;
import dev.unbuildpack.testing.DockerEngineSupport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Docker itself, not only the project's parser, reads what the writers write: a BuildKit build of
 * hostile comments and ENV values (single-quoted literals, double-quoted rule values that expand
 * $PATH) yields an image whose environment holds exactly the intended values.
 */
class DockerReadsTheWritersEngineTest {
  private static final String TAG = "unbuildpack-test/writers-env:latest";

  @TempDir Path context;

  @Test
  void buildKitReadsLiteralEnvValuesAndCommentsAsWritten() throws Exception {
    DockerEngineSupport.requireEngine();
    Map<String, String> literal = new LinkedHashMap<>();
    List<String> values = List.of("$HOME${PATH}", "it's \"quoted\"", "back\\slash\\", "\\",
        "x <<EOF", "`id` $(id); id", ">=11.x", "#not a comment", "a b  c", "", "é ✓");
    for (int i = 0; i < values.size(); i++) {
      literal.put("V" + i, values.get(i));
    }
    StringBuilder dockerfile = new StringBuilder();
    dockerfile.append(HashComment.line("app \"a\nRUN false\rRUN false\u2028\"  \\"));
    dockerfile.append(HashComment.wrapped("x \\\nFROM busybox \\", 10));
    dockerfile.append("FROM scratch\n");
    literal.forEach((name, value) -> dockerfile.append("ENV ")
        .append(DockerfileText.literalAssignment(name, value, Location.of("test"))).append('\n'));
    dockerfile.append("ENV PATH=").append(DockerfileText.expandingValue("$PATH:/app/bin", null))
        .append(" \\\n    QUOTED=").append(DockerfileText.expandingValue("a \"b\" \\c", null))
        .append('\n');
    Files.writeString(context.resolve("Dockerfile"), dockerfile);
    try {
      run(List.of(DockerEngineSupport.DOCKER_CLI, "build", "-q", "-t", TAG, context.toString()));
      JsonNode env = Json.readTree(run(List.of(DockerEngineSupport.DOCKER_CLI, "image", "inspect",
          "-f", "{{json .Config.Env}}", TAG)));
      Map<String, String> got = new LinkedHashMap<>();
      env.forEach(e -> {
        String[] entry = e.textValue().split("=", 2);
        got.put(entry[0], entry[1]);
      });
      literal.forEach((name, value) -> assertEquals(value, got.get(name), name));
      assertTrue(got.get("PATH").endsWith(":/app/bin") && !got.get("PATH").startsWith("$"),
          "a rule's $PATH expands: " + got.get("PATH"));
      assertEquals("a \"b\" \\c", got.get("QUOTED"));
    } finally {
      new ProcessBuilder(DockerEngineSupport.DOCKER_CLI, "image", "rm", "-f", TAG)
          .redirectErrorStream(true).start().waitFor(60, TimeUnit.SECONDS);
    }
  }

  private static String run(List<String> command) throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder(new ArrayList<>(command));
    builder.environment().put("DOCKER_BUILDKIT", "1");
    Process process = builder.redirectErrorStream(true).start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(300, TimeUnit.SECONDS));
    assertEquals(0, process.exitValue(), String.join(" ", command) + ":\n" + out);
    return out;
  }
}
