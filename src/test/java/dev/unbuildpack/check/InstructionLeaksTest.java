package dev.unbuildpack.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.unbuildpack.dockerfile.Dockerfile;
import dev.unbuildpack.dockerfile.DockerfileParser;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which RUN steps write a secret into their layer, and which ARG/ENV hold one. */
class InstructionLeaksTest {
  private static final Set<String> SECRETS = Set.of("NPM_TOKEN");

  private static InstructionLeaks leaks(String dockerfile) {
    Dockerfile parsed = DockerfileParser.parse("Dockerfile", "FROM scratch\n" + dockerfile);
    return new InstructionLeaks(parsed, new FindingFactory(CheckRules.load()));
  }

  private static List<Integer> writeLines(String dockerfile) {
    return leaks(dockerfile).writes(SECRETS).stream().map(CheckFinding::line).toList();
  }

  @Test
  void anEchoRedirectedToAFileWrites() {
    assertEquals(List.of(2), writeLines("RUN echo \"$NPM_TOKEN\" > /app/token\n"));
    assertEquals(List.of(2), writeLines("RUN echo ${NPM_TOKEN} | tee -a /root/.npmrc\n"));
  }

  @Test
  void copyingTheMountedFileOrAConfigCommandWrites() {
    assertEquals(List.of(2), writeLines(
        "RUN --mount=type=secret,id=NPM_TOKEN cp /run/secrets/NPM_TOKEN /app/t\n"));
    assertEquals(List.of(2), writeLines("RUN npm config set //r/:_authToken $NPM_TOKEN\n"));
  }

  @Test
  void aWriteInAHeredocCounts() {
    assertEquals(List.of(2), writeLines("RUN <<EOF\necho $NPM_TOKEN >> ~/.npmrc\nEOF\n"));
  }

  @Test
  void usingTheSecretWithoutWritingItIsFine() {
    assertEquals(List.of(), writeLines(
        "RUN --mount=type=secret,id=NPM_TOKEN NPM_TOKEN=$(cat /run/secrets/NPM_TOKEN) npm ci\n"));
    assertEquals(List.of(), writeLines("RUN echo $NPM_TOKEN_FILE > /app/name\n"));
    assertEquals(List.of(), writeLines("RUN test -n \"$NPM_TOKEN\" 2>&1 >/dev/null\n"));
  }

  @Test
  void aFileWrittenAndRemovedInTheSameStepIsNotKept() {
    assertEquals(List.of(), writeLines(
        "RUN echo $NPM_TOKEN > /root/.npmrc && npm ci && rm -f /root/.npmrc\n"));
  }

  @Test
  void aFileRemovedBeforeTheWriteIsKept() {
    assertEquals(List.of(2), writeLines(
        "RUN rm -f /root/.npmrc && echo $NPM_TOKEN > /root/.npmrc && npm ci\n"));
    assertEquals(List.of(2), writeLines(
        "RUN echo a > /root/.npmrc && rm /root/.npmrc && echo $NPM_TOKEN >> /root/.npmrc\n"));
  }

  @Test
  void removingAnotherFileDoesNotCount() {
    assertEquals(List.of(2), writeLines(
        "RUN echo $NPM_TOKEN > /root/.npmrc && rm -f /root/.npmrc.bak\n"));
  }

  @Test
  void argAndEnvAreFoundByNameAndByReference() {
    InstructionLeaks leaks = leaks("ARG NPM_TOKEN=\nENV AUTH=\"Bearer ${NPM_TOKEN}\"\nENV OTHER=x\n");
    assertEquals(List.of("CHECK-SECRET-IN-BUILD-ARG:2", "CHECK-SECRET-IN-ENV:3"), leaks.argsAndEnv(SECRETS).stream()
        .map(f -> f.rule() + ":" + f.line()).toList());
  }
}
