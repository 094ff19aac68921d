package dev.unbuildpack.rules.jvm;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.unbuildpack.common.text.ShellWord;
import dev.unbuildpack.model.BuildStep;
import dev.unbuildpack.rules.DetectionDraft;
import dev.unbuildpack.rules.Rule;
import dev.unbuildpack.rules.RuleData;
import dev.unbuildpack.rules.RuleSet;
import dev.unbuildpack.rules.RuleSource;
import java.util.ArrayList;
import java.util.List;

/**
 * The start-up script every JVM app gets (JVM-PROFILE-SCRIPT): a build step writes
 * rules/jvm/data/profile.toml's script to /app/.profile.d/heroku-jvm.sh, one printf per line with
 * each line a single shell word, and the image's command sources it as a dyno does.
 */
public final class JvmProfile {
  /** @param file the script's path in the app; @param script its text */
  record Data(String file, RuleSource source, String script) {}

  private static Data data;

  private final RuleSet rules;

  public JvmProfile(RuleSet rules) {
    this.rules = rules;
  }

  private static synchronized Data data() {
    if (data == null) {
      try {
        data = RuleData.read("jvm/data/profile.toml", Data.class);
      } catch (JsonProcessingException e) {
        throw new IllegalStateException("invalid rules/jvm/data/profile.toml: "
            + e.getOriginalMessage(), e);
      }
    }
    return data;
  }

  /** The script's text, as the image holds it. */
  static String script() {
    return data().script().strip() + "\n";
  }

  /** Adds the step that writes the script, and the script to the ones the command sources. */
  public void apply(DetectionDraft draft) {
    Rule rule = rules.rule("JVM-PROFILE-SCRIPT");
    Data script = data();
    List<String> lines = script.script().strip().lines().toList();
    List<String> command = new ArrayList<>();
    command.add("mkdir -p " + ShellWord.of(parent(script.file())));
    for (int i = 0; i < lines.size(); i++) {
      command.add((i == 0 ? "{ " : "") + "printf '%s\\n' " + ShellWord.quoted(lines.get(i))
          + (i == lines.size() - 1 ? "; } > " + ShellWord.of(script.file()) : ""));
    }
    draft.step(new BuildStep(null, "build", String.join("\n", command), rule.id(), List.of(),
        List.of(), "writes " + script.file() + ", which the command sources at start"));
    draft.buildpackProfileScript(script.file());
  }

  /** The build tool's output folders, kept out of the build context (the rule's values). */
  static void ignore(Rule rule, DetectionDraft draft) {
    rule.values().forEach(pattern -> draft.ignore(new dev.unbuildpack.model.IgnoreEntry(pattern,
        "default (" + rule.id() + ")")));
  }

  private static String parent(String file) {
    int slash = file.lastIndexOf('/');
    return slash < 0 ? "." : file.substring(0, slash);
  }
}
