package dev.unbuildpack.check;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unbuildpack.dockerfile.DockerfileParser;
import dev.unbuildpack.dockerfile.Instruction;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A Dockerfile step is the step detection names when it does the same job. */
class StepMatcherTest {
  private static final StepMatcher STEPS = CheckRules.load().steps();
  private static final List<String> HEROKU_INSTALL =
      List.of("npm install --production=false --userconfig /app/.npmrc --unsafe-perm");

  private static Instruction run(String line) {
    return DockerfileParser.parse("Dockerfile", "FROM scratch\n" + line + "\n").instructions().get(1);
  }

  @Test
  void npmCiIsTheNpmInstallStepOfHeroku() {
    assertTrue(STEPS.runsAnyOf(run("RUN cd /app && npm ci --omit=dev"), HEROKU_INSTALL));
    assertTrue(STEPS.runsAnyOf(run("RUN <<EOF\nset -e\nnpm install\nEOF"), HEROKU_INSTALL));
  }

  @Test
  void otherNpmCommandsAreNotTheInstallStep() {
    assertFalse(STEPS.runsAnyOf(run("RUN npm run build"), HEROKU_INSTALL));
    assertFalse(STEPS.runsAnyOf(run("RUN npm cinnamon"), HEROKU_INSTALL));
  }

  @Test
  void aCommandInNoGroupMustAppearAsWritten() {
    assertTrue(STEPS.runsAnyOf(run("RUN sh install.sh --quiet"), List.of("sh install.sh")));
    assertFalse(STEPS.runsAnyOf(run("RUN sh setup.sh"), List.of("sh install.sh")));
  }
}
