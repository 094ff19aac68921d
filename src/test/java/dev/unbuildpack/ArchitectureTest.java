package dev.unbuildpack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unbuildpack.testing.Golden;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Enforces the package dependency rules of ARCHITECTURE.md, read from its table (the one copy of
 * them), on the imports and fully qualified references of every main source file.
 */
class ArchitectureTest {
  private static final Path DOCUMENT = Golden.projectDir().resolve("ARCHITECTURE.md");
  /** A table row: | `package` | holds | may depend on |. */
  private static final Pattern ROW =
      Pattern.compile("(?m)^\\|\\s*`([a-z]+)`\\s*\\|[^\\n]*\\|\\s*([^|\\n]*?)\\s*\\|\\s*$");
  private static final String EVERYTHING = "*";
  private static final Pattern REFERENCE = Pattern.compile("\\bdev\\.unbuildpack\\.([a-z]+)\\b");

  /**
   * Package → the packages it may use, from the document's table. "nothing" is none, "everything"
   * is every package; a note in parentheses ("build (engine access)") is not part of the name.
   */
  static Map<String, Set<String>> allowed(String document) {
    Map<String, Set<String>> allowed = new LinkedHashMap<>();
    Matcher row = ROW.matcher(document);
    while (row.find()) {
      String cell = row.group(2).replaceAll("\\([^)]*\\)", "").strip();
      Set<String> uses = switch (cell) {
        case "nothing" -> Set.of();
        case "everything" -> Set.of(EVERYTHING);
        default -> Arrays.stream(cell.split(",")).map(String::strip)
            .collect(Collectors.toCollection(TreeSet::new));
      };
      allowed.put(row.group(1), uses);
    }
    return allowed;
  }

  private static Map<String, Set<String>> documented() throws IOException {
    Map<String, Set<String>> allowed = allowed(Files.readString(DOCUMENT));
    assertTrue(allowed.size() > 10, "expected the package table in " + DOCUMENT);
    return allowed;
  }

  @Test
  void theTableIsReadAsWritten() {
    Map<String, Set<String>> allowed = allowed("""
        | package | holds | may depend on |
        |---|---|---|
        | `common` | exceptions, `Json` | nothing |
        | `model` | records | nothing (Jackson annotations) |
        | `image` | readers | inventory, build (engine access), common |
        | `cli` | commands | everything |
        """);
    assertEquals(Map.of("common", Set.of(), "model", Set.of(),
        "image", Set.of("inventory", "build", "common"), "cli", Set.of(EVERYTHING)), allowed);
  }

  @Test
  void theTableNamesOnlyItsOwnPackagesAndHasNoCycle() throws IOException {
    Map<String, Set<String>> allowed = documented();
    List<String> problems = new ArrayList<>();
    allowed.forEach((stage, uses) -> uses.stream()
        .filter(used -> !used.equals(EVERYTHING) && !allowed.containsKey(used))
        .forEach(used -> problems.add(stage + " may depend on " + used + ", which has no row")));
    allowed.keySet().forEach(stage -> {
      if (reaches(allowed, stage, stage, new TreeSet<>())) {
        problems.add(stage + " depends on itself through the table");
      }
    });
    assertEquals(List.of(), problems);
  }

  /** True when {@code target} is reachable from {@code from}; "everything" is every other row. */
  private static boolean reaches(Map<String, Set<String>> allowed, String from, String target,
      Set<String> seen) {
    Set<String> uses = allowed.getOrDefault(from, Set.of());
    for (String next : uses.contains(EVERYTHING) ? allowed.keySet() : uses) {
      if (next.equals(from)) {
        continue;
      }
      if (next.equals(target) || seen.add(next) && reaches(allowed, next, target, seen)) {
        return true;
      }
    }
    return false;
  }

  @Test
  void everyPackageUsesOnlyTheStagesItMay() throws IOException {
    Map<String, Set<String>> allowed = documented();
    Path sources = Golden.projectDir().resolve("src/main/java/dev/unbuildpack");
    List<String> violations = new ArrayList<>();
    List<Path> files;
    try (Stream<Path> walk = Files.walk(sources)) {
      files = walk.filter(p -> p.toString().endsWith(".java")).toList();
    }
    assertTrue(files.size() > 10, "expected to find the main sources under " + sources);
    for (Path file : files) {
      String stage = sources.relativize(file).getName(0).toString();
      Set<String> may = allowed.get(stage);
      if (may == null) {
        violations.add(stage + ": package has no row in ARCHITECTURE.md");
        continue;
      }
      Matcher uses = REFERENCE.matcher(Files.readString(file));
      while (uses.find()) {
        String used = uses.group(1);
        if (!used.equals(stage) && !may.contains(used) && !may.contains(EVERYTHING)) {
          violations.add(sources.relativize(file) + " uses " + used);
        }
      }
    }
    assertEquals(List.of(), violations.stream().distinct().toList());
  }
}
