package dev.unbuildpack.detect.go;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unbuildpack.common.BadInputException;
import dev.unbuildpack.common.Location;
import java.util.List;
import org.junit.jupiter.api.Test;

/** go.mod read as the go command and the buildpack's awk read it. */
class GoModTest {
  @Test
  void readsDirectivesBlocksAndTheHerokuComments() {
    GoMod mod = GoMod.parse("""
        // +heroku goVersion go1.24
        module "github.com/acme/app" // the app
        // +heroku install ./cmd/web ./cmd/jobs
        go 1.25.3
        toolchain go1.26.1
        require (
        \tgithub.com/lib/pq v1.10.9 // indirect
        \tgolang.org/x/text v0.14.0
        )
        replace example.com/a v1.0.0 => ../a
        exclude example.com/b v0.1.0
        """);
    assertEquals("github.com/acme/app", mod.module().value());
    assertEquals(Location.of("go.mod", 2), mod.module().at());
    assertEquals("go1.24", mod.herokuGoVersion().orElseThrow().value());
    assertEquals(List.of("./cmd/web", "./cmd/jobs"), mod.herokuInstall().orElseThrow().packages());
    assertEquals(Location.of("go.mod", 3), mod.herokuInstall().orElseThrow().at());
    assertEquals("1.25.3", mod.go().orElseThrow().value());
    assertEquals("go1.26.1", mod.toolchain().orElseThrow().value());
    assertEquals(List.of("github.com/lib/pq", "golang.org/x/text"),
        mod.requires().stream().map(GoModule::path).toList());
    assertEquals(Location.of("go.mod", 8), mod.requires().get(1).at());
    assertEquals("../a", mod.replaces().get(0).target());
    assertTrue(mod.replaces().get(0).local());
    assertEquals("example.com/b", mod.excludes().get(0).path());
  }

  @Test
  void readsHerokuCommentsOnlyWhereTheBuildpacksAwkFindsThem() {
    GoMod mod = GoMod.parse("""
        module example.com/app
        //+heroku goVersion go1.20
        require example.com/x v1.0.0 // +heroku install ./cmd/x
        """);
    assertTrue(mod.herokuGoVersion().isEmpty(), "'//+heroku' is one field for awk");
    assertTrue(mod.herokuInstall().isEmpty(), "a comment after a directive is not read");
  }

  @Test
  void anUnclosedBlockIsBadInputAtTheLineThatOpensIt() {
    BadInputException bad = assertThrows(BadInputException.class,
        () -> GoMod.parse("module example.com/app\n\nrequire (\n\texample.com/x v1.0.0\n"));
    assertEquals(Location.of("go.mod", 3), bad.location().orElseThrow());
  }

  @Test
  void anUnknownDirectiveIsBadInputAtItsLine() {
    BadInputException bad = assertThrows(BadInputException.class,
        () -> GoMod.parse("module example.com/app\ngo 1.25\nrequires example.com/x v1\n"));
    assertEquals(Location.of("go.mod", 3), bad.location().orElseThrow());
    assertTrue(bad.why().orElseThrow().contains("'requires'"), bad.why().toString());
  }

  @Test
  void aMalformedGoVersionIsBadInput() {
    BadInputException bad = assertThrows(BadInputException.class,
        () -> GoMod.parse("module example.com/app\ngo 1.25.x\n"));
    assertEquals(Location.of("go.mod", 2), bad.location().orElseThrow());
  }

  @Test
  void aGoModWithoutModuleIsBadInput() {
    assertThrows(BadInputException.class, () -> GoMod.parse("go 1.25\n"));
  }
}
