package dev.unbuildpack.check;

import dev.unbuildpack.dockerfile.Instruction;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Turns a rule and the facts of one case into a finding, filling the rule's text templates. */
final class FindingFactory {
  private static final int SHOWN_ARGUMENTS = 60;

  private final CheckRules rules;

  FindingFactory(CheckRules rules) {
    this.rules = rules;
  }

  CheckFinding create(String ruleId, String secret, CheckFinding.Place at,
      Map<String, String> values, List<CheckFinding.Place> related) {
    CheckRule rule = rules.get(ruleId);
    String identity = String.join("|", rule.id(), at.file(), String.valueOf(secret),
        CheckRule.fill(rule.message(), withoutLines(values, at, related)));
    return new CheckFinding(rule.id(), rule.name(), rule.severity(), secret, at.file(), at.line(),
        CheckRule.fill(rule.message(), values), CheckRule.fill(rule.fix(), values), related,
        identity);
  }

  /** The values with every place named file:line named by its file alone. */
  private static Map<String, String> withoutLines(Map<String, String> values, CheckFinding.Place at,
      List<CheckFinding.Place> related) {
    Map<String, String> fileOnly = new HashMap<>();
    Stream.concat(Stream.of(at), related.stream())
        .forEach(place -> fileOnly.put(place.toString(), place.file()));
    Map<String, String> result = new HashMap<>();
    values.forEach((key, value) -> result.put(key, fileOnly.getOrDefault(value, value)));
    return result;
  }

  /** How an instruction is named in messages: its keyword and the start of its arguments. */
  static String label(Instruction instruction) {
    String arguments = instruction.isExecForm()
        ? String.join(" ", instruction.execForm())
        : instruction.arguments().replaceAll("\\s+", " ");
    if (arguments.length() > SHOWN_ARGUMENTS) {
      arguments = arguments.substring(0, SHOWN_ARGUMENTS - 3) + "...";
    }
    return "`" + instruction.keyword() + " " + arguments + "`";
  }
}
