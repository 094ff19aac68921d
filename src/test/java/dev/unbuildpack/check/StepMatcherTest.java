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

  private static final List<String> HEROKU_PIP =
      List.of("pip install -r requirements.txt --exists-action=w --no-input --progress-bar off");

  @Test
  void installingPipItselfIsNotTheDependencyInstall() {
    assertFalse(STEPS.runsAnyOf(run("RUN --mount=type=cache,target=/root/.cache/pip \\\n"
        + "    python -m venv /app/.heroku/python && pip install --disable-pip-version-check"
        + " --no-cache-dir --no-input --quiet pip==26.2.1 setuptools==70.3.0"), HEROKU_PIP));
    assertFalse(STEPS.runsAnyOf(run("RUN /opt/uv/bin/pip install --quiet uv==0.12.5"
        + " && ln -s /opt/uv/bin/uv /usr/local/bin/uv"), List.of("uv sync --locked")));
    assertFalse(STEPS.runsAnyOf(run("RUN /opt/poetry/bin/pip install poetry==2.4.1"),
        List.of("poetry sync --only main")));
    assertFalse(STEPS.runsAnyOf(run("RUN pip install 'pipenv==2026.7.1'"),
        List.of("pipenv install --deploy")));
  }

  @Test
  void theInstallOfTheAppsRequirementsIsTheStepEvenNextToAToolInstall() {
    assertTrue(STEPS.runsAnyOf(run("RUN pip install pip==26.2.1 && pip install -r requirements.txt"),
        HEROKU_PIP));
    assertTrue(STEPS.runsAnyOf(run("RUN python -m pip install -r requirements.txt"), HEROKU_PIP));
    assertTrue(STEPS.runsAnyOf(run("RUN pip install flask"), HEROKU_PIP));
    assertTrue(STEPS.runsAnyOf(run("RUN pip install --index-url https://example.test/simple pip"),
        HEROKU_PIP));
    assertTrue(STEPS.runsAnyOf(run("RUN uv sync --locked --no-default-groups"),
        List.of("uv sync --locked --no-default-groups --compile-bytecode")));
    assertTrue(STEPS.runsAnyOf(run("RUN poetry install --only main"),
        List.of("poetry sync --only main --compile --no-ansi --no-interaction")));
    assertTrue(STEPS.runsAnyOf(run("RUN pipenv sync"), List.of("pipenv install --deploy")));
  }

  @Test
  void installingTheNodePackageManagerIsNotTheDependencyInstall() {
    List<String> yarnInstall = List.of("yarn install --production=false --frozen-lockfile");
    assertFalse(STEPS.runsAnyOf(run("RUN npm install -g --force yarn@1.22.22"), yarnInstall));
    assertFalse(STEPS.runsAnyOf(run("RUN npm install -g --force @yarnpkg/cli-dist@4.5.3"),
        List.of("yarn install --immutable")));
    assertFalse(STEPS.runsAnyOf(run("RUN npm i -g pnpm@9.15.0"), List.of("pnpm install")));
    assertFalse(STEPS.runsAnyOf(run("RUN npm install -g --force npm@10.8.2"), HEROKU_INSTALL));
    assertTrue(STEPS.runsAnyOf(run("RUN npm install -g yarn@1.22.22 && yarn install"), yarnInstall));
    assertTrue(STEPS.runsAnyOf(run("RUN npm install left-pad"), HEROKU_INSTALL));
  }
}
