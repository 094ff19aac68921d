package dev.unbuildpack.generate;

import dev.unbuildpack.common.text.ShellWord;
import dev.unbuildpack.plan.BuildPlan;
import dev.unbuildpack.plan.PlanSecret;

/** Command lines the generated files and the report tell the user to run. */
final class Commands {
  /** Compose reads the CA bundle's path from this variable (compose.yaml has no host paths). */
  static final String EXTRA_CA_VARIABLE = "EXTRA_CA_FILE";

  private Commands() {}

  /** The docker build command with every secret the Dockerfile mounts. */
  static String dockerBuild(BuildPlan plan) {
    StringBuilder command = new StringBuilder("DOCKER_BUILDKIT=1 docker build");
    for (PlanSecret secret : plan.secrets()) {
      command.append(" --secret ").append(secretFlag(secret, caFile(plan)));
    }
    command.append(" -t ").append(Names.image(plan));
    if (plan.buildContext().isApp()) {
      return command.append(" .").toString();
    }
    // Run from the folder the files are in: -f is read from there, the context is the app.
    return command.append(" -f Dockerfile ").append(shellWord(plan.buildContext().context()))
        .toString();
  }

  /** A path as one shell word: as is when plain, else single-quoted. */
  static String shellWord(String path) {
    return path.matches("[A-Za-z0-9_./@+-]+") ? path : "'" + path.replace("'", "'\\''") + "'";
  }

  /**
   * The value of --secret for one secret: an app secret comes from the variable of the same name
   * (so it is never written to a file or shell history), the CA bundle from its file.
   */
  static String secretFlag(PlanSecret secret, String caFile) {
    String id = DockerfileParts.word(secret.id(), "build secret id");
    return ShellWord.of(secret.extraCa() ? "id=" + id + ",src=" + caFile : "id=" + id + ",env=" + id);
  }

  static String caFile(BuildPlan plan) {
    return plan.secrets().stream()
        .filter(PlanSecret::extraCa)
        .map(PlanSecret::foundAt)
        .findFirst()
        .orElse("FILE");
  }
}
