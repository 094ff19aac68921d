package dev.unbuildpack.rules;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import dev.unbuildpack.common.BadInputException;
import dev.unbuildpack.common.Location;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads every {@code <eco>/*.toml} under a rules folder into a {@link RuleSet}. It collects every
 * problem of every file before failing, and fails with exit code 3 naming file, rule and key: an
 * app must never be converted with half the knowledge silently missing.
 */
public final class RuleLoader {
  static final String FOLDER = "rules";
  static final String INDEX = "index.txt";

  /** Made on first use: reading the index and texts (CompiledRules does) needs no mapper. */
  static final class Toml {
    static final TomlMapper MAPPER = TomlMapper.builder()
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .build();
  }

  private static final Set<String> RULE_KEYS = componentNames(Rule.class);
  private static final Set<String> SOURCE_KEYS = componentNames(RuleSource.class);

  private RuleLoader() {}

  /**
   * Loads the shipped rules: the files named in {@code rules/index.txt}, read as class-path
   * resources. Listing the folder would mean opening the whole jar as a file system, which costs
   * more than reading the rules themselves; RuleIndexTest keeps the index equal to the folder.
   */
  static RuleSet loadBuiltIn() {
    return load(builtInTexts());
  }

  /** The shipped rule files' texts by name ("rules/node/build.toml"), in the index's order. */
  static Map<String, String> builtInTexts() {
    Map<String, String> texts = new LinkedHashMap<>();
    for (String relative : index(resource(INDEX))) {
      texts.put(FOLDER + "/" + relative, resource(relative));
    }
    return texts;
  }

  /** The rule files an index names, in its order: one path per line, '#' starts a comment. */
  static List<String> index(String text) {
    return text.lines().map(line -> line.replaceFirst("#.*", "").strip())
        .filter(line -> !line.isEmpty()).toList();
  }

  /** The text of {@code rules/<relative>} on the class path (in the jar or the class folder). */
  static String resource(String relative) {
    String name = FOLDER + "/" + relative;
    try (InputStream in = RuleLoader.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException(name + " is missing from the class path");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name, e);
    }
  }

  /** Loads {@code folder/<eco>/*.toml}; any problem throws a {@link BadInputException}. */
  public static RuleSet load(Path folder) {
    Map<String, String> texts = new LinkedHashMap<>();
    for (String relative : ruleFiles(folder)) {
      texts.put(FOLDER + "/" + relative, read(folder.resolve(relative)));
    }
    return load(texts);
  }

  /** Binds rule files given as name ("rules/node/build.toml") to text, in that order. */
  static RuleSet load(Map<String, String> texts) {
    Map<String, Rule> rules = new LinkedHashMap<>();
    Map<String, String> files = new HashMap<>();
    List<RuleProblem> problems = new ArrayList<>();
    texts.forEach((name, text) -> {
      for (Rule rule : readFile(name, text, problems)) {
        if (rules.containsKey(rule.id())) {
          problems.add(new RuleProblem(name, rule.id(), "id",
              "is already used in " + files.get(rule.id())));
        } else {
          rules.put(rule.id(), rule);
          files.put(rule.id(), name);
        }
      }
    });
    if (!problems.isEmpty()) {
      throw invalid(problems);
    }
    return new RuleSet(rules, files);
  }

  /** The rule files of a folder ("node/build.toml"), ecosystems and files sorted by name. */
  static List<String> ruleFiles(Path folder) {
    try (Stream<Path> ecosystems = Files.list(folder)) {
      List<String> files = new ArrayList<>();
      for (Path eco : ecosystems.filter(Files::isDirectory).sorted().toList()) {
        try (Stream<Path> tomls = Files.list(eco)) {
          tomls.filter(p -> p.getFileName().toString().endsWith(".toml")).sorted()
              .forEach(p -> files.add(eco.getFileName() + "/" + p.getFileName()));
        }
      }
      return files;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + folder, e);
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  /** The valid rules of one file; each problem found is added to {@code problems}. */
  static List<Rule> readFile(String name, String text, List<RuleProblem> problems) {
    JsonNode tree;
    try {
      tree = Toml.MAPPER.readTree(text);
    } catch (JsonProcessingException e) {
      String line = e.getLocation() == null || e.getLocation().getLineNr() < 1 ? ""
          : " at line " + e.getLocation().getLineNr();
      problems.add(new RuleProblem(name, null, null, "is not valid TOML" + line + ": "
          + e.getOriginalMessage().lines().findFirst().orElse("")));
      return List.of();
    }
    tree.fieldNames().forEachRemaining(key -> {
      if (!key.equals("rule")) {
        problems.add(new RuleProblem(name, null, key, "unknown top-level key (only [[rule]])"));
      }
    });
    List<Rule> rules = new ArrayList<>();
    JsonNode list = tree.path("rule");
    for (int i = 0; i < list.size(); i++) {
      JsonNode node = list.get(i);
      String label = node.path("id").isTextual() ? node.path("id").asText() : "#" + (i + 1);
      List<RuleProblem> found = new ArrayList<>(unknownKeys(name, label, node));
      Rule rule = found.isEmpty() ? bind(name, label, node, found) : null;
      if (rule != null) {
        found.addAll(RuleValidator.validate(name, label, rule));
      }
      problems.addAll(found);
      if (found.isEmpty()) {
        rules.add(rule);
      }
    }
    return rules;
  }

  private static List<RuleProblem> unknownKeys(String file, String label, JsonNode node) {
    List<RuleProblem> found = new ArrayList<>();
    node.fieldNames().forEachRemaining(key -> {
      if (!RULE_KEYS.contains(key)) {
        found.add(new RuleProblem(file, label, key, "unknown key"));
      }
    });
    node.path("source").fieldNames().forEachRemaining(key -> {
      if (!SOURCE_KEYS.contains(key)) {
        found.add(new RuleProblem(file, label, "source." + key, "unknown key"));
      }
    });
    return found;
  }

  private static Rule bind(String file, String label, JsonNode node, List<RuleProblem> found) {
    try {
      return Toml.MAPPER.treeToValue(node, Rule.class);
    } catch (ValueInstantiationException e) {
      // A value's own binding refused it (PackageNames); its message says what is expected.
      found.add(new RuleProblem(file, label, path(e), e.getCause() != null
          ? e.getCause().getMessage() : e.getOriginalMessage()));
    } catch (MismatchedInputException e) {
      found.add(new RuleProblem(file, label, path(e), "has the wrong type"));
    } catch (JsonProcessingException e) {
      found.add(new RuleProblem(file, label, null, e.getOriginalMessage()));
    }
    return null;
  }

  private static String path(JsonMappingException e) {
    return e.getPath().stream().map(ref -> ref.getFieldName() != null
        ? ref.getFieldName() : "[" + ref.getIndex() + "]").collect(Collectors.joining("."));
  }

  private static BadInputException invalid(List<RuleProblem> problems) {
    String files = problems.stream().map(RuleProblem::file).distinct()
        .collect(Collectors.joining(", "));
    return new BadInputException(
        problems.size() == 1 ? "Invalid rule file" : problems.size() + " problems in rule files",
        Location.of(files),
        problems.stream().map(p -> "- " + p).collect(Collectors.joining("\n  ")),
        List.of("Correct the keys named above. Every rule needs id, summary, effect and source"
            + " (repo and path, or doc, or changelog; with ref and date)."));
  }

  private static Set<String> componentNames(Class<? extends Record> type) {
    return Arrays.stream(type.getRecordComponents()).map(c -> c.getName())
        .collect(Collectors.toUnmodifiableSet());
  }
}
