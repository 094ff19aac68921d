package dev.unbuildpack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unbuildpack.testing.Golden;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Enforces the package dependency rules written down in ARCHITECTURE.md by reading the imports
 * (and fully qualified references) of every main source file.
 */
class ArchitectureTest {
  /** Stage → the stages it may use. Keep in step with the table in ARCHITECTURE.md. */
  private static final Map<String, Set<String>> ALLOWED =
      Map.ofEntries(
          Map.entry("common", Set.of()),
          Map.entry("model", Set.of()),
          Map.entry("inventory", Set.of()),
          Map.entry("app", Set.of("common")),
          Map.entry("detect", Set.of("app", "common", "model")),
          Map.entry("rules", Set.of("detect", "app", "model", "common")),
          Map.entry("plan", Set.of("model", "rules", "common")),
          Map.entry("generate", Set.of("plan", "model", "rules", "common")),
          Map.entry("dockerfile", Set.of("common")),
          Map.entry(
              "check",
              Set.of("detect", "app", "rules", "model", "dockerfile", "image", "inventory", "common")),
          Map.entry("image", Set.of("inventory", "build", "common")),
          Map.entry("diff", Set.of("inventory", "common")),
          Map.entry("report", Set.of("diff", "inventory", "common")),
          Map.entry("build", Set.of("common")),
          Map.entry("cli", Set.of("*")));

  private static final Pattern REFERENCE = Pattern.compile("\\bdev\\.unbuildpack\\.([a-z]+)\\b");

  @Test
  void everyPackageUsesOnlyTheStagesItMay() throws IOException {
    Path sources = Golden.projectDir().resolve("src/main/java/dev/unbuildpack");
    List<String> violations = new ArrayList<>();
    List<Path> files;
    try (Stream<Path> walk = Files.walk(sources)) {
      files = walk.filter(p -> p.toString().endsWith(".java")).toList();
    }
    assertTrue(files.size() > 10, "expected to find the main sources under " + sources);
    for (Path file : files) {
      String stage = sources.relativize(file).getName(0).toString();
      Set<String> allowed = ALLOWED.get(stage);
      if (allowed == null) {
        violations.add(stage + ": package not listed in ARCHITECTURE.md / ArchitectureTest");
        continue;
      }
      Matcher uses = REFERENCE.matcher(Files.readString(file));
      while (uses.find()) {
        String used = uses.group(1);
        if (!used.equals(stage) && !allowed.contains(used) && !allowed.contains("*")) {
          violations.add(sources.relativize(file) + " uses " + used);
        }
      }
    }
    assertEquals(List.of(), violations.stream().distinct().toList());
  }
}
