package dev.unbuildpack.rules.node;

import dev.unbuildpack.detect.Declared;
import dev.unbuildpack.detect.node.NodeFacts;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The package.json scripts each build step runs: the step's own script, its pre/post hooks and,
 * transitively, every script it calls through npm, Yarn, pnpm or npm-run-all. Rules that look
 * for commands in the build (migrations, upload tools) read these, not the top script alone:
 * "heroku-postbuild": "yarn build && yarn db:migrate" runs what db:migrate says.
 */
final class BuildScripts {
  /** A script one step runs: the step key (as {@link StepSecrets} names steps) and the script. */
  record Run(String step, String script, Declared command) {}

  private static final List<String> INSTALL_LIFECYCLE =
      List.of("preinstall", "install", "postinstall", "preprepare", "prepare", "postprepare");
  // "npm run x", "npm run-script x", "yarn run x", "yarn x", "pnpm run x", "pnpm x", with flags
  // before "run" (which may take a value: "--filter web") and after it.
  private static final Pattern RUNNER = Pattern.compile(
      "\\b(?:npm|pnpm|yarn)\\s+(?:--?[\\w-]+(?:[= ][^\\s-]\\S*)?\\s+)*"
          + "(?:run(?:-script)?\\s+)?(?:--?[\\w-]+(?:=\\S+)?\\s+)*([^\\s&|;'\"()-][^\\s&|;'\"()]*)");
  private static final Pattern RUN_ALL =
      Pattern.compile("\\b(?:npm-run-all|run-s|run-p)((?:\\s+[^\\s&|;'\"()]+)+)");
  private static final int MAX_DEPTH = 8;

  private BuildScripts() {}

  /**
   * Every script the build runs, step by step in build order: install (the root package's
   * lifecycle scripts), heroku-prebuild, heroku-postbuild or else build, heroku-cleanup.
   */
  static List<Run> of(NodeFacts node) {
    Map<String, List<String>> steps = new LinkedHashMap<>();
    steps.put(StepSecrets.INSTALL, INSTALL_LIFECYCLE);
    steps.put("heroku-prebuild", List.of("heroku-prebuild"));
    String build = node.script("heroku-postbuild").isPresent() ? "heroku-postbuild" : "build";
    steps.put(build, List.of(build));
    steps.put("heroku-cleanup", List.of("heroku-cleanup"));
    List<Run> runs = new ArrayList<>();
    steps.forEach((step, roots) -> {
      Set<String> seen = new LinkedHashSet<>();
      roots.forEach(root -> visit(node, root, 0, seen));
      seen.forEach(script -> runs.add(new Run(step, script, node.script(script).orElseThrow())));
    });
    return runs;
  }

  /** The build step that runs the build script (heroku-postbuild, else build), if any. */
  static Optional<String> buildStep(NodeFacts node) {
    return node.script("heroku-postbuild").isPresent() ? Optional.of("heroku-postbuild")
        : node.script("build").map(s -> "build");
  }

  private static void visit(NodeFacts node, String script, int depth, Set<String> seen) {
    var command = node.script(script);
    if (command.isEmpty() || depth > MAX_DEPTH || !seen.add(script)) {
      return;
    }
    for (String hook : List.of("pre" + script, "post" + script)) {
      if (!INSTALL_LIFECYCLE.contains(script)) {
        visit(node, hook, depth + 1, seen);
      }
    }
    for (String called : called(command.get().value())) {
      visit(node, called, depth + 1, seen);
    }
  }

  /** Script names a command runs through a package manager or npm-run-all. */
  static List<String> called(String command) {
    List<String> names = new ArrayList<>();
    Matcher runner = RUNNER.matcher(command);
    while (runner.find()) {
      names.add(runner.group(1));
    }
    Matcher all = RUN_ALL.matcher(command);
    while (all.find()) {
      for (String token : all.group(1).strip().split("\\s+")) {
        if (!token.startsWith("-")) {
          names.add(token);
        }
      }
    }
    return names;
  }
}
