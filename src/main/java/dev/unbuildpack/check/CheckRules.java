package dev.unbuildpack.check;

import dev.unbuildpack.common.BadInputException;
import dev.unbuildpack.common.Location;
import dev.unbuildpack.model.Severity;
import dev.unbuildpack.rules.Rule;
import dev.unbuildpack.rules.RuleData;
import dev.unbuildpack.rules.RuleSet;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The rules of {@code unbuildpack check}: the CHECK-* rules of the shipped rule set (so
 * {@code unbuildpack rules show ID} explains them), the wording of their findings and the
 * credential patterns. A rule without wording, or wording without a rule, fails loudly.
 */
public final class CheckRules {
  static final String PREFIX = "CHECK-";
  static final String HARD_CODED = "CHECK-HARD-CODED-CREDENTIAL";
  static final String MESSAGES_FILE = "rules/check/data/messages.toml";
  static final String PATTERNS_FILE = "rules/check/data/credentials.toml";
  static final String STEPS_FILE = "rules/check/data/steps.toml";

  private final RuleSet ruleSet;
  private final Map<String, CheckRule> rules;
  private final List<CredentialPattern> patterns;
  private final StepMatcher steps;

  private CheckRules(RuleSet ruleSet, Map<String, CheckRule> rules, List<CredentialPattern> patterns,
      StepMatcher steps) {
    this.ruleSet = ruleSet;
    this.rules = rules;
    this.patterns = patterns;
    this.steps = steps;
  }

  private record MessageEntry(String rule, String title, String message, String fix) {}

  private record MessageFile(int schema, List<MessageEntry> message) {}

  private record PatternEntry(
      List<String> files, String what, String fix, String regex, Map<String, String> source) {}

  private record PatternFile(int schema, List<PatternEntry> pattern) {}

  private record StepGroup(String job, List<String> commands) {}

  private record ToolEntry(List<String> installers, List<String> packages) {}

  private record StepFile(int schema, ToolEntry tools, List<StepGroup> group) {}

  /** Loads the shipped rules. */
  public static CheckRules load() {
    RuleSet ruleSet = RuleSet.builtIn();
    Map<String, MessageEntry> wording = new LinkedHashMap<>();
    read(MESSAGES_FILE, MessageFile.class).message().forEach(m -> wording.put(m.rule(), m));
    Map<String, CheckRule> rules = new LinkedHashMap<>();
    for (Rule rule : ruleSet.all()) {
      if (rule.id().startsWith(PREFIX)) {
        MessageEntry words = wording.remove(rule.id());
        if (words == null) {
          throw invalid(MESSAGES_FILE, "The rule " + rule.id() + " has no [[message]]");
        }
        rules.put(rule.id(), new CheckRule(rule.id(), CheckRule.slug(rule.id()), words.title(),
            rule.summary(), Severity.valueOf(rule.severity().toUpperCase(Locale.ROOT)),
            words.message(), words.fix(), rule.effect(), rule.source()));
      }
    }
    if (!wording.isEmpty()) {
      throw invalid(MESSAGES_FILE, "No rule for the messages of " + wording.keySet());
    }
    List<CredentialPattern> patterns = new ArrayList<>();
    for (PatternEntry entry : read(PATTERNS_FILE, PatternFile.class).pattern()) {
      patterns.add(new CredentialPattern(entry.files(), entry.what(), entry.fix(),
          compile(entry.regex())));
    }
    StepFile stepFile = read(STEPS_FILE, StepFile.class);
    if (stepFile.tools() == null) {
      throw invalid(STEPS_FILE, "[tools] is missing");
    }
    List<List<String>> groups = stepFile.group().stream().map(StepGroup::commands).toList();
    StepMatcher.Tools tools = new StepMatcher.Tools(stepFile.tools().installers(),
        Set.copyOf(stepFile.tools().packages()));
    return new CheckRules(ruleSet, Map.copyOf(rules), List.copyOf(patterns),
        new StepMatcher(groups, tools));
  }

  /** Every rule, sorted by id. */
  public List<CheckRule> all() {
    return rules.values().stream().sorted(Comparator.comparing(CheckRule::id)).toList();
  }

  public Optional<CheckRule> find(String id) {
    return Optional.ofNullable(rules.get(id));
  }

  /** The rule with this id; a missing one is a bug in the shipped files, caught by tests. */
  CheckRule get(String id) {
    return find(id).orElseThrow(() -> new IllegalStateException("no check rule " + id));
  }

  StepMatcher steps() {
    return steps;
  }

  public List<CredentialPattern> patterns() {
    return patterns;
  }

  /** Ids of the detection rules whose findings are committed credentials. */
  Set<String> committedCredentialRules() {
    return new TreeSet<>(ruleSet.rule(HARD_CODED).values());
  }

  /** What a detection rule says to do (its effect), for the fix of a committed credential. */
  String effectOf(String detectionRule) {
    return ruleSet.rule(detectionRule).effect();
  }

  private static <T> T read(String resource, Class<T> type) {
    try (InputStream in = CheckRules.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw invalid(resource, "The rule data file is missing from the build");
      }
      return RuleData.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), type);
    } catch (IOException e) {
      throw new BadInputException("A check rule data file is invalid", Location.of(resource),
          e.getMessage(), List.of("Fix the file; every key must be one the schema knows."), e);
    }
  }

  private static Pattern compile(String regex) {
    try {
      Pattern pattern = Pattern.compile(regex);
      if (!regex.contains("(?<value>")) {
        throw invalid(PATTERNS_FILE, "The pattern " + regex + " has no group named value");
      }
      return pattern;
    } catch (PatternSyntaxException e) {
      throw invalid(PATTERNS_FILE, "The pattern " + regex + " is not a valid regular expression");
    }
  }

  private static BadInputException invalid(String file, String title) {
    return new BadInputException(title, Location.of(file), null,
        List.of("Fix " + file + "; tests load every shipped rule file."));
  }
}
