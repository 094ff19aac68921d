package dev.unbuildpack.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.unbuildpack.common.BadInputException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StructuredFileTest {
  @Test
  void everyKeyAndItemKnowsItsLineEscapedAsAJsonPointer() {
    StructuredFile json = StructuredFile.json("package.json", """
        {
          "name": "app",
          "engines": {
            "node": "22.x"
          },
          "files": ["a", "b"],
          "a/b~c": 1
        }
        """, "fix");
    assertEquals("package.json:4", json.location("/engines/node").toString());
    assertEquals("package.json:6", json.location("/files/1").toString());
    assertEquals("package.json:7", json.location("/a~1b~0c").toString());
    assertEquals("package.json", json.location("/missing").toString());
  }

  @Test
  void contentAfterTheJsonValueIsBadInputWithItsPlace() {
    BadInputException e = assertThrows(BadInputException.class,
        () -> StructuredFile.json("package.json", "{\"name\": \"app\"}\n}\n", "Remove it."));
    assertEquals("package.json is not valid JSON", e.title());
    assertEquals("package.json:2:1", e.location().orElseThrow().toString());
    assertEquals(3, e.exitCode());
  }

  @Test
  void ofSeveralYamlDocumentsTheLastCountsWithItsOwnLines() {
    StructuredFile lock = StructuredFile.yaml("pnpm-lock.yaml", """
        ---
        lockfileVersion: '9.0'
        packages:
          pnpm@11.0.3: {}
        ---
        lockfileVersion: '9.0'
        packages:
          sharp@0.32.6: {}
        """, "fix");
    List<String> packages = new ArrayList<>();
    lock.at("/packages").fieldNames().forEachRemaining(packages::add);
    assertEquals(List.of("sharp@0.32.6"), packages);
    assertEquals("pnpm-lock.yaml:8", lock.location("/packages/sharp@0.32.6").toString());
    assertEquals("pnpm-lock.yaml", lock.location("/packages/pnpm@11.0.3").toString());
  }
}
