package dev.unbuildpack.check;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import dev.unbuildpack.common.BadInputException;
import dev.unbuildpack.common.Location;
import dev.unbuildpack.model.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The rules and credential patterns of {@code unbuildpack check}, loaded from the rule files that
 * ship in the jar (rules/check/*.toml). A malformed file fails loudly; there is no fallback.
 */
public final class CheckRules {
  static final String RULES_FILE = "rules/check/secrets.toml";
  static final String PATTERNS_FILE = "rules/check/credentials.toml";
  private static final TomlMapper TOML =
      TomlMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

  private final Map<String, CheckRule> rules;
  private final List<CredentialPattern> patterns;

  private CheckRules(Map<String, CheckRule> rules, List<CredentialPattern> patterns) {
    this.rules = rules;
    this.patterns = patterns;
  }

  private record RuleFile(int schema, String ecosystem, List<CheckRule> rule) {}

  private record PatternEntry(
      List<String> files, String what, String secret, String fix, String regex, Map<String, String> source) {}

  private record PatternFile(int schema, List<PatternEntry> pattern) {}

  /** Loads the shipped rule files. */
  public static CheckRules load() {
    Map<String, CheckRule> rules = new LinkedHashMap<>();
    for (CheckRule rule : read(RULES_FILE, RuleFile.class).rule()) {
      if (rules.putIfAbsent(rule.id(), rule) != null) {
        throw invalid(RULES_FILE, "The rule id " + rule.id() + " is used twice");
      }
    }
    List<CredentialPattern> patterns = new ArrayList<>();
    for (PatternEntry entry : read(PATTERNS_FILE, PatternFile.class).pattern()) {
      patterns.add(new CredentialPattern(entry.files(), entry.what(), entry.secret(),
          entry.fix(), compile(entry.regex())));
    }
    return new CheckRules(Map.copyOf(rules), List.copyOf(patterns));
  }

  /** Every rule, sorted by id. */
  public List<CheckRule> all() {
    return rules.values().stream().sorted(java.util.Comparator.comparing(CheckRule::id)).toList();
  }

  public Optional<CheckRule> find(String id) {
    return Optional.ofNullable(rules.get(id));
  }

  /** The rule with this id; a missing one is a bug in the shipped files, caught by tests. */
  CheckRule get(String id) {
    return find(id).orElseThrow(() -> new IllegalStateException("no check rule " + id));
  }

  public List<CredentialPattern> patterns() {
    return patterns;
  }

  public Severity severityOf(String id) {
    return get(id).severity();
  }

  private static <T> T read(String resource, Class<T> type) {
    try (InputStream in = CheckRules.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw invalid(resource, "The rule file is missing from the build");
      }
      return TOML.readValue(in, type);
    } catch (IOException e) {
      throw new BadInputException("A check rule file is invalid", Location.of(resource),
          e.getMessage(), List.of("Fix the rule file; every key must be one the schema knows."), e);
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
