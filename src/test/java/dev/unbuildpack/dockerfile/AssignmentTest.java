package dev.unbuildpack.dockerfile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class AssignmentTest {
  private static List<Assignment> of(String line) {
    return Assignment.of(DockerfileParser.parse("Dockerfile", line).instructions().get(0));
  }

  @Test
  void readsSeveralEnvPairsWithQuotes() {
    assertEquals(List.of(new Assignment("A", "a b"), new Assignment("B", "${TOKEN}"),
        new Assignment("C", "x y")), of("ENV A=\"a b\" B=${TOKEN} C=x\\ y\n"));
  }

  @Test
  void readsTheLegacyEnvForm() {
    assertEquals(List.of(new Assignment("GREETING", "hello big world")),
        of("ENV GREETING hello big world\n"));
  }

  @Test
  void readsBareAndDefaultedArgs() {
    assertEquals(List.of(new Assignment("NPM_TOKEN", null), new Assignment("NODE_ENV", "production")),
        of("ARG NPM_TOKEN NODE_ENV=production\n"));
  }
}
