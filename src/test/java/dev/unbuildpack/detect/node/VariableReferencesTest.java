package dev.unbuildpack.detect.node;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The variable scans find what the patterns they replaced found, in time linear in the text. */
class VariableReferencesTest {
  // The former patterns, kept as the specification of what is a reference.
  private static final Pattern BRACED =
      Pattern.compile("(?<!\\\\)\\$\\{([A-Za-z_][A-Za-z0-9_]*)(\\?|:?-[^}]*)?\\}");
  private static final Pattern SHELL = Pattern.compile(
      "(?<!\\\\)\\$(?:\\{([A-Za-z_][A-Za-z0-9_]*)[^}]*\\}|([A-Za-z_][A-Za-z0-9_]*))");

  @Test
  void readsTheFormsNpmYarnAndTheShellWrite() {
    assertEquals(List.of(new VariableReferences.Reference("NPM_TOKEN", false),
        new VariableReferences.Reference("B", true), new VariableReferences.Reference("C", true),
        new VariableReferences.Reference("D", true)),
        VariableReferences.braced("${NPM_TOKEN} ${B?} ${C-x} ${D:-${E}} \\${F} ${1} ${G"));
    assertEquals(List.of("HOME", "PATH", "X"),
        VariableReferences.shell("cd $HOME && ${PATH:-/bin} \\$NO $HOME $X ${Y"));
  }

  @Test
  void findsWhatTheFormerPatternsFoundOnRandomText() {
    Random random = new Random(42);
    String alphabet = "${}-:?\\\\aB_1 ";
    for (int n = 0; n < 20_000; n++) {
      StringBuilder text = new StringBuilder();
      for (int i = random.nextInt(24); i > 0; i--) {
        text.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String input = text.toString();
      assertEquals(bracedByPattern(input), VariableReferences.braced(input), input);
      assertEquals(shellByPattern(input), VariableReferences.shell(input), input);
    }
  }

  @Test
  void manyUnclosedReferencesTakeLinearTime() {
    String hostile = "${A-".repeat(50_000) + "$B${".repeat(50_000);
    assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
      VariableReferences.braced(hostile);
      VariableReferences.shell(hostile);
    });
  }

  private static List<VariableReferences.Reference> bracedByPattern(String text) {
    List<VariableReferences.Reference> found = new ArrayList<>();
    Matcher match = BRACED.matcher(text);
    while (match.find()) {
      found.add(new VariableReferences.Reference(match.group(1), match.group(2) != null));
    }
    return found;
  }

  private static List<String> shellByPattern(String text) {
    List<String> names = new ArrayList<>();
    Matcher match = SHELL.matcher(text);
    while (match.find()) {
      String name = match.group(1) != null ? match.group(1) : match.group(2);
      if (!names.contains(name)) {
        names.add(name);
      }
    }
    return names;
  }
}
