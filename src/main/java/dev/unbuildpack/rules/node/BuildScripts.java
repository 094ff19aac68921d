package dev.unbuildpack.rules.node;

import dev.unbuildpack.detect.Declared;
import dev.unbuildpack.detect.node.InstallInputs;
import dev.unbuildpack.detect.node.NodeFacts;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The package.json scripts each build step runs: the step's own script, its pre/post hooks and,
 * transitively, every script it calls through npm, Yarn, pnpm or npm-run-all. Rules that look
 * for commands in the build (migrations, upload tools) read these, not the top script alone:
 * "heroku-postbuild": "yarn build && yarn db:migrate" runs what db:migrate says.
 */
final class BuildScripts {
  /** A script one step runs: the step key (as {@link StepSecrets} names steps) and the script. */
  record Run(String step, String script, Declared command) {}

  /** The scripts the install runs: the same list that decides the install's layer order. */
  private static final List<String> INSTALL_LIFECYCLE = InstallInputs.LIFECYCLE_SCRIPTS;
  private static final Set<String> MANAGERS = Set.of("npm", "pnpm", "yarn");
  private static final Set<String> RUN_ALL = Set.of("npm-run-all", "run-s", "run-p");
  private static final Set<String> RUN = Set.of("run", "run-script");
  // Flags written before the script name that take the next word as their value.
  private static final Set<String> VALUE_FLAGS =
      Set.of("--filter", "-F", "--prefix", "-C", "--cwd", "--dir", "--workspace", "-w");
  private static final Set<String> SEPARATORS = Set.of("&&", "||", ";", "|", "&", "(", ")");
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

  /**
   * Script names a command runs through a package manager ("npm run x", "yarn x", "pnpm
   * --filter web run x") or npm-run-all ("run-s a b"). A scan of its words, in linear time:
   * the commands come from the app.
   */
  static List<String> called(String command) {
    List<String> names = new ArrayList<>();
    List<String> words = words(command);
    for (int i = 0; i < words.size(); i++) {
      String word = words.get(i);
      if (MANAGERS.contains(word)) {
        int next = i + 1;
        while (next < words.size() && (words.get(next).startsWith("-")
            || RUN.contains(words.get(next)))) {
          next += VALUE_FLAGS.contains(words.get(next)) ? 2 : 1;
        }
        if (next < words.size() && !SEPARATORS.contains(words.get(next))) {
          names.add(words.get(next));
        }
        i = next;
      } else if (RUN_ALL.contains(word)) {
        while (i + 1 < words.size() && !SEPARATORS.contains(words.get(i + 1))) {
          i++;
          if (!words.get(i).startsWith("-")) {
            names.add(words.get(i));
          }
        }
      }
    }
    return names;
  }

  /** The command's words, with shell separators and quotes as words of their own or dropped. */
  private static List<String> words(String command) {
    String spaced = command.replace("&&", " && ").replace("||", " || ").replace(";", " ; ")
        .replace("(", " ( ").replace(")", " ) ").replace("\"", " ").replace("'", " ");
    List<String> words = new ArrayList<>();
    for (String word : spaced.strip().split("\\s+")) {
      if (!word.isEmpty()) {
        words.add(word);
      }
    }
    return words;
  }
}
