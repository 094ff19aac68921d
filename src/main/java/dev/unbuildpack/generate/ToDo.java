package dev.unbuildpack.generate;

import static dev.unbuildpack.common.text.Markdown.code;
import static dev.unbuildpack.common.text.Markdown.text;

import dev.unbuildpack.common.text.ShellWord;
import dev.unbuildpack.model.ConfigVar;
import dev.unbuildpack.model.Detection;
import dev.unbuildpack.model.Process;
import dev.unbuildpack.model.Severity;
import dev.unbuildpack.plan.BuildPlan;
import dev.unbuildpack.plan.LocalService;
import dev.unbuildpack.plan.PlanSecret;
import java.util.ArrayList;
import java.util.List;

/** The report's "What you must still do" list: what the generated files cannot do alone. */
final class ToDo {
  private ToDo() {}

  static List<String> items(Detection detection, BuildPlan plan) {
    List<String> items = new ArrayList<>();
    for (PlanSecret secret : plan.secrets()) {
      items.add(secret.extraCa() ? extraCa(plan, secret) : secret(secret));
    }
    Process release = plan.processes().release();
    if (release != null) {
      items.add("Run the release phase " + code(release.command()) + " (" + text(release.source())
          + ") once per deploy, after the image is built and before the new version starts, as"
          + " Heroku does: for example as a pipeline step "
          + code("docker run --rm " + Names.image(plan) + " bash -c "
              + ShellWord.quoted(release.command()))
          + "; locally " + code("docker compose run --rm release") + ".");
    }
    for (LocalService service : plan.services()) {
      items.add(addon(service));
    }
    if (plan.processes().main() != null) {
      items.add("Run the containers with an init (" + code("docker run --init")
          + "; compose.yaml sets " + code("init: true")
          + ") or handle SIGTERM in the app: as the container's PID 1 the app ignores SIGTERM"
          + " without a handler, so stopping it waits for the kill timeout; Heroku's dynos get"
          + " SIGTERM, then SIGKILL 30 s later.");
    }
    if (plan.processes().main() == null) {
      items.add("Give the image a command: the app declares no process, so the Dockerfile has"
          + " no CMD.");
    }
    configVars(items, plan);
    if (detection.findings().stream().anyMatch(f -> f.severity() == Severity.WARNING)) {
      items.add("Review the warnings under Findings.");
    }
    return items;
  }

  /**
   * The config vars, by name: the required ones first, generated ones with how to make a value.
   * Heroku injected them into every dyno; none of their values was copied anywhere.
   */
  private static void configVars(List<String> items, BuildPlan plan) {
    List<ConfigVar> required = plan.configVars().stream().filter(ConfigVar::required).toList();
    List<ConfigVar> generated = required.stream().filter(ConfigVar::generated).toList();
    if (!required.isEmpty()) {
      items.add("Set the config vars the app requires at run time: "
          + String.join(", ", required.stream().map(v -> code(v.name())).toList())
          + " (see Config vars below; " + code("heroku config") + " lists the values of a running"
          + " app). compose.yaml refuses to start without them; their values, app.json's"
          + " defaults included, are in no generated file and not in the image.");
    }
    for (ConfigVar v : generated) {
      items.add("Generate a value for " + code(v.name()) + ", which Heroku generated (\"generator\":"
          + " \"secret\"): " + code(v.name() + "=$(" + ConfigVarNeeds.GENERATE + ")")
          + "; keep it the same across restarts.");
    }
    if (required.isEmpty()) {
      items.add("Set the app's config vars at run time (" + code("heroku config")
          + " lists them): Heroku injected them into every dyno, and none of them is in the image.");
    }
  }

  private static String secret(PlanSecret secret) {
    return "Provide the build secret " + code(secret.id()) + " ("
        + (secret.foundAt() == null ? "" : "needed by " + secret.foundAt() + ", ")
        + "rule " + code(secret.rule()) + ") to every build from your environment: "
        + code("docker build --secret " + Commands.secretFlag(secret, null) + " ...")
        + "; compose reads the same variable. Never pass it with " + code("--build-arg")
        + ": build arguments stay in the image history.";
  }

  private static String extraCa(BuildPlan plan, PlanSecret secret) {
    return "Pass the CA bundle to every build: "
        + code("--secret " + Commands.secretFlag(secret, Commands.caFile(plan)))
        + "; for compose set " + code(Commands.EXTRA_CA_VARIABLE + "=" + Commands.caFile(plan))
        + ". Its content never enters the Dockerfile or the image; without a TLS-intercepting"
        + " proxy, generate again without --extra-ca.";
  }

  private static String addon(LocalService service) {
    String envVar = service.addon().envVar();
    String addon = "Provision the add-on " + code(service.addon().plan()) + " ("
        + text(service.addon().source()) + ")";
    if (envVar == null) {
      return addon + " and set the variables it provides at run time; unbuildpack does not know"
          + " it, so compose.yaml has no stand-in for it.";
    }
    addon += " and set " + code(envVar) + " at run time";
    if (!service.hasStandIn()) {
      return addon + ". It has no local stand-in: compose passes " + code(envVar)
          + " through from your environment.";
    }
    return addon + ". compose runs " + code(service.image().reference()) + " as service "
        + code(service.addon().service()) + " for local use; match the version the add-on runs.";
  }
}
