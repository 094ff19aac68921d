package dev.unbuildpack.check;

import dev.unbuildpack.dockerfile.Instruction;
import java.util.List;
import java.util.Map;

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
    return new CheckFinding(rule.id(), rule.name(), rule.severity(), secret, at.file(), at.line(),
        CheckRule.fill(rule.message(), values), CheckRule.fill(rule.fix(), values), related);
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
