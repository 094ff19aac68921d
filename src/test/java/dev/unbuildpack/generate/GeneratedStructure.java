package dev.unbuildpack.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.unbuildpack.dockerfile.Assignment;
import dev.unbuildpack.dockerfile.Dockerfile;
import dev.unbuildpack.dockerfile.DockerfileParser;
import dev.unbuildpack.dockerfile.Instruction;
import dev.unbuildpack.model.ConfigVar;
import dev.unbuildpack.model.IgnoreEntry;
import dev.unbuildpack.model.Process;
import dev.unbuildpack.plan.BuildPlan;
import dev.unbuildpack.plan.DependencyGroup;
import dev.unbuildpack.plan.EnvSetting;
import dev.unbuildpack.plan.LocalService;
import dev.unbuildpack.plan.PlanStep;
import dev.unbuildpack.plan.RuntimeCopy;
import dev.unbuildpack.plan.Stage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a conversion's files must hold, derived from its plan alone, and the check that the
 * written files hold exactly that when read back by the project's own Dockerfile parser, Jackson
 * YAML and a line reader: the same instructions in the same order, every app string with the
 * meaning it had (CMD words, RUN commands, ENV values, COPY paths, ignore patterns, compose
 * commands and variables).
 */
final class GeneratedStructure {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private GeneratedStructure() {}

  static void assertFaithful(Conversion conversion) {
    BuildPlan plan = conversion.plan();
    assertDockerfile(plan, conversion.files().get(Conversion.DOCKERFILE));
    assertDockerignore(plan, conversion.files().get(Conversion.DOCKERIGNORE));
    assertCompose(plan, conversion.files().get(Conversion.COMPOSE));
  }

  /** One planned instruction: its keyword and, where app text reaches it, what it must say. */
  record Planned(String keyword, String meaning) {}

  /** The instructions the plan calls for, in order, independent of how the renderer writes them. */
  static List<Planned> planned(BuildPlan plan) {
    List<Planned> out = new ArrayList<>();
    out.add(new Planned("FROM", plan.build().image().reference() + " AS " + plan.build().name()));
    plan.buildCopies().forEach(copy -> copy(out, copy));
    apt(out, plan.build());
    out.add(new Planned("WORKDIR", plan.workdir()));
    env(out, plan.build().env());
    if (plan.extraCa()) {
      out.add(new Planned("ENV", null));
    }
    for (DependencyGroup group : plan.dependencies()) {
      if (group.manifestsSkippedBecause() == null) {
        List<String> root = group.manifests().stream().filter(m -> !m.contains("/")).toList();
        if (!root.isEmpty()) {
          out.add(new Planned("COPY", null));
        }
        group.manifests().stream().filter(m -> m.contains("/"))
            .forEach(m -> out.add(new Planned("COPY", null)));
      }
      group.steps().forEach(s -> out.add(run(s)));
    }
    out.add(new Planned("COPY", null));
    List<String> exported = new ArrayList<>();
    for (PlanStep step : plan.sourceSteps()) {
      for (var ecosystem : plan.ecosystems()) {
        if (ecosystem.id().equals(step.ecosystem())) {
          break;
        }
        if (plan.exports().containsKey(ecosystem.id()) && !exported.contains(ecosystem.id())) {
          exported.add(ecosystem.id());
          env(out, plan.exports().get(ecosystem.id()));
        }
      }
      out.add(run(step));
    }
    out.add(new Planned("FROM", plan.runtime().image().reference() + " AS " + plan.runtime().name()));
    plan.runtimeCopies().forEach(copy -> copy(out, copy));
    apt(out, plan.runtime());
    if (plan.user().create()) {
      out.add(new Planned("RUN", null)); // groupadd and useradd
    }
    if (plan.runtime().packages().stream().anyMatch(p -> !p.owned().isEmpty())) {
      out.add(new Planned("RUN", null)); // chown of the folders the app's user must own
    }
    plan.runtimeTooling().forEach(s -> out.add(run(s)));
    env(out, plan.runtime().env());
    out.add(new Planned("COPY", null));
    out.add(new Planned("WORKDIR", plan.workdir()));
    out.add(new Planned("USER", plan.user().name()));
    if (plan.port() != null) {
      out.add(new Planned("ENV", null));
      out.add(new Planned("EXPOSE", String.valueOf(plan.port().number())));
    }
    if (plan.processes().main() != null) {
      out.add(new Planned("CMD", plan.processes().main().command()));
    }
    return out;
  }

  /** One COPY --from per path, then one RUN for the links. */
  private static void copy(List<Planned> out, RuntimeCopy copy) {
    copy.paths().forEach(path -> out.add(new Planned("COPY", null)));
    if (!copy.links().isEmpty()) {
      out.add(new Planned("RUN", null));
    }
  }

  private static void apt(List<Planned> out, Stage stage) {
    if (!stage.packages().isEmpty()) {
      out.add(new Planned("RUN", null));
    }
  }

  private static void env(List<Planned> out, List<EnvSetting> env) {
    env.stream().map(EnvSetting::rule).distinct().forEach(rule -> out.add(new Planned("ENV", null)));
  }

  private static Planned run(PlanStep step) {
    return new Planned("RUN", step.command());
  }

  static void assertDockerfile(BuildPlan plan, String text) {
    Dockerfile parsed = DockerfileParser.parse("Dockerfile", text);
    List<Planned> planned = planned(plan);
    assertEquals(planned.stream().map(Planned::keyword).toList(),
        parsed.instructions().stream().map(Instruction::keyword).toList(),
        "the instruction list is the planned one:\n" + text);
    assertTrue(parsed.directives().isEmpty(), "no parser directive: " + parsed.directives());
    for (int i = 0; i < planned.size(); i++) {
      Planned want = planned.get(i);
      Instruction got = parsed.instructions().get(i);
      assertTrue(got.heredocs().isEmpty(), "no here-document: " + got);
      if (want.meaning() == null) {
        continue;
      }
      switch (want.keyword()) {
        case "CMD" -> assertEquals(started(plan, want.meaning()), got.execForm(),
            "the CMD runs the Procfile command unchanged");
        case "RUN" -> assertTrue(
            squashed(got.arguments()).endsWith(squashed(want.meaning().replace("\n", "; "))),
            "the RUN runs the planned command unchanged: " + got.arguments());
        default -> assertEquals(want.meaning(), got.arguments(), want.keyword());
      }
    }
    assertEnv(plan, parsed);
    assertCopies(plan, parsed);
  }

  /** Every ENV assignment reads back as the plan's name and value. */
  private static void assertEnv(BuildPlan plan, Dockerfile parsed) {
    Map<String, String> wanted = new LinkedHashMap<>();
    List<EnvSetting> all = new ArrayList<>(plan.build().env());
    all.addAll(plan.extraCaEnv());
    // An export is written before the first source step of a later buildpack; with none after
    // it, nothing would read it and the Dockerfile has none.
    plan.exports().forEach((ecosystem, export) -> {
      if (exportedBeforeAStep(plan, ecosystem)) {
        all.addAll(export);
      }
    });
    all.addAll(plan.runtime().env());
    all.forEach(e -> wanted.put(e.name(), e.value()));
    if (plan.port() != null) {
      wanted.put("PORT", String.valueOf(plan.port().number()));
    }
    Map<String, String> got = new LinkedHashMap<>();
    parsed.all("ENV").forEach(env -> Assignment.of(env).forEach(a -> got.put(a.name(), a.value())));
    assertEquals(wanted, got, "ENV names and values as planned");
    for (ConfigVar v : plan.configVars()) {
      if (!wanted.containsKey(v.name())) {
        assertFalse(got.containsKey(v.name()), "config var " + v.name() + " is not an ENV");
      }
    }
  }

  /** The manifests are copied under their own names. */
  private static void assertCopies(BuildPlan plan, Dockerfile parsed) {
    List<String> manifests = plan.dependencies().stream()
        .filter(g -> g.manifestsSkippedBecause() == null)
        .flatMap(g -> g.manifests().stream()).toList();
    List<String> copied = new ArrayList<>();
    for (Instruction copy : parsed.all("COPY")) {
      if (!copy.flags().isEmpty() || copy.arguments().equals(". .")) {
        continue;
      }
      List<String> words = copy.isExecForm() ? copy.execForm()
          : List.of(copy.arguments().split(" "));
      copied.addAll(words.subList(0, words.size() - 1));
    }
    assertEquals(manifests, copied, "COPY sources are the manifests");
  }

  static void assertDockerignore(BuildPlan plan, String text) {
    // A leading "\#" is the escaped form of a pattern that starts with '#'.
    List<String> patterns = text.lines().filter(l -> !l.isBlank() && !l.startsWith("#"))
        .map(l -> l.startsWith("\\#") ? l.substring(1) : l).toList();
    assertEquals(plan.ignore().stream().map(IgnoreEntry::pattern).toList(), patterns,
        ".dockerignore holds exactly the planned patterns");
  }

  static void assertCompose(BuildPlan plan, String text) {
    JsonNode compose;
    try {
      compose = YAML.readTree(text);
    } catch (IOException e) {
      throw new UncheckedIOException("compose.yaml does not parse:\n" + text, e);
    }
    List<String> wantedServices = new ArrayList<>();
    plan.processes().longRunning().forEach(p -> wantedServices.add(p.type()));
    if (plan.processes().release() != null) {
      wantedServices.add("release");
    }
    plan.services().stream().filter(LocalService::hasStandIn)
        .forEach(s -> wantedServices.add(s.addon().service()));
    assertEquals(wantedServices, names(compose.path("services").fieldNames()), "services");
    List<Process> app = new ArrayList<>(plan.processes().longRunning());
    if (plan.processes().release() != null) {
      app.add(plan.processes().release());
    }
    for (Process process : app) {
      JsonNode service = compose.path("services").path(
          process.type().equals("release") && plan.processes().release() == process
              ? "release" : process.type());
      List<String> command = new ArrayList<>();
      service.path("command").forEach(w -> command.add(w.textValue()));
      // Compose turns "$$" into "$": what the container runs is the Procfile's text.
      assertEquals(started(plan, process.command()),
          command.stream().map(w -> w.replace("$$", "$")).toList(), "compose command");
      List<String> names = new ArrayList<>();
      service.path("environment").forEach(e -> names.add(e.textValue().split("=", 2)[0]));
      for (ConfigVar v : plan.configVars()) {
        assertTrue(names.contains(v.name()), "compose names config var " + v.name());
      }
      service.path("environment").forEach(e -> {
        String[] entry = e.textValue().split("=", 2);
        plan.configVars().stream().filter(v -> v.name().equals(entry[0])).findFirst()
            .ifPresent(v -> assertTrue(entry.length == 1 || entry[1].startsWith("${" + v.name()
                + ":?"), "a config var is a reference, never a value: " + e.textValue()));
      });
    }
  }

  private static List<String> names(Iterator<String> it) {
    List<String> names = new ArrayList<>();
    it.forEachRemaining(names::add);
    return names;
  }

  private static String squashed(String text) {
    return text.replaceAll("\\s+", " ").strip();
  }

  /**
   * How a process starts: bash runs the Procfile command as its own argument, after the fixed
   * start-up script (the app's .profile.d/*.sh and .profile) when the app has any; the command's
   * text is never part of the script.
   */
  private static List<String> started(BuildPlan plan, String command) {
    return plan.processes().sourcesProfile()
        ? List.of("bash", "-c", ProcessCommand.DYNO_START, ProcessCommand.DYNO_START_NAME, command)
        : List.of("bash", "-c", command);
  }

  /** True when a source step of a buildpack after this one runs, so its export is written. */
  private static boolean exportedBeforeAStep(BuildPlan plan, String ecosystem) {
    List<String> order = plan.ecosystems().stream().map(e -> e.id()).toList();
    return plan.sourceSteps().stream()
        .anyMatch(step -> order.indexOf(step.ecosystem()) > order.indexOf(ecosystem));
  }
}
