package dev.unbuildpack.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** rules/index.txt names exactly the rule files of the rules folder, in the folder's order. */
class RuleIndexTest {
  private static final Path RULES =
      Path.of(System.getProperty("unbuildpack.projectDir", "."), RuleLoader.FOLDER);

  @Test
  void indexNamesEveryRuleFileOfTheFolderInOrder() throws Exception {
    List<String> indexed = RuleLoader.index(
        Files.readString(RULES.resolve(RuleLoader.INDEX)));
    List<String> present = RuleLoader.ruleFiles(RULES);
    List<String> missing = new ArrayList<>(present);
    missing.removeAll(indexed);
    List<String> extra = new ArrayList<>(indexed);
    extra.removeAll(present);
    assertTrue(missing.isEmpty() && extra.isEmpty(), "rules/index.txt is out of date: add "
        + missing + ", remove " + extra);
    assertEquals(present, indexed, "rules/index.txt must list the files sorted by path");
  }

  @Test
  void indexSkipsCommentsAndBlankLines() {
    assertEquals(List.of("node/build.toml", "node/env.toml"),
        RuleLoader.index("# header\n\nnode/build.toml  # trailing\n  node/env.toml\n"));
  }

  @Test
  void builtInRulesAreTheRulesOfTheFolder() {
    assertEquals(RuleLoader.load(RULES).all(), RuleSet.builtIn().all());
  }
}
