package dev.unbuildpack.detect.heroku;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.unbuildpack.common.Location;
import dev.unbuildpack.detect.Declared;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProcfileTest {
  @Test
  void readsEveryProcessTypeWithItsLine() {
    Procfile procfile = Procfile.parse(
        "web: node server.js\nworker:node worker.js --queue=high  \nrelease: ./bin/migrate\n");
    assertEquals(List.of(
        new ProcfileEntry("web", "node server.js", Location.of("Procfile", 1)),
        new ProcfileEntry("worker", "node worker.js --queue=high", Location.of("Procfile", 2)),
        new ProcfileEntry("release", "./bin/migrate", Location.of("Procfile", 3))),
        procfile.entries());
    assertEquals(List.of(), procfile.invalid());
  }

  @Test
  void skipsBlankLinesAndCommentsAndAcceptsCrlf() {
    Procfile procfile = Procfile.parse("# processes\r\n\r\nweb: npm start\r\n");
    assertEquals(List.of(new ProcfileEntry("web", "npm start", Location.of("Procfile", 3))),
        procfile.entries());
  }

  @Test
  void reportsLinesThatAreNoDeclarationAndRepeatedTypes() {
    Procfile procfile = Procfile.parse(
        "web: node a.js\nworker node b.js\nweb: node c.js\nmy worker: x\n");
    assertEquals(List.of(new ProcfileEntry("web", "node a.js", Location.of("Procfile", 1))),
        procfile.entries());
    assertEquals(List.of(
        new Declared("worker node b.js", Location.of("Procfile", 2)),
        new Declared("web: node c.js", Location.of("Procfile", 3)),
        new Declared("my worker: x", Location.of("Procfile", 4))), procfile.invalid());
  }

  @Test
  void keepsColonsInsideTheCommand() {
    assertEquals("node server.js --bind 0.0.0.0:$PORT",
        Procfile.parse("web: node server.js --bind 0.0.0.0:$PORT").entries().get(0).command());
  }

  @Test
  void aLongRunOfSpacesInsideACommandTakesLinearTime() {
    String command = "node" + " ".repeat(200_000) + "server.js";
    Procfile procfile = assertTimeoutPreemptively(Duration.ofSeconds(5),
        () -> Procfile.parse("web: " + command + "\nworker:" + " ".repeat(200_000) + "\n"));
    assertEquals(List.of(new ProcfileEntry("web", command, Location.of("Procfile", 1))),
        procfile.entries());
    assertEquals(1, procfile.invalid().size(), "a type with only spaces after it");
  }
}
