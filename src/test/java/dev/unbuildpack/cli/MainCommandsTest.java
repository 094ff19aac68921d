package dev.unbuildpack.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.Command;

/** A command line naming one command registers only that command; any other sees them all. */
class MainCommandsTest {
  private static final int ALL = Main.COMMANDS.size();

  @Test
  void aNamedCommandIsRegisteredAlone() {
    assertEquals(List.of(ConvertCommand.class),
        List.copyOf(Main.commandsFor("convert", "--dry-run", "app")));
  }

  @Test
  void helpOptionsMissingAndUnknownCommandsSeeEveryCommand() {
    for (String[] args : List.of(new String[0], new String[] {"--help"},
        new String[] {"help", "convert"}, new String[] {"conver"})) {
      assertEquals(ALL, Main.commandsFor(args).size(), String.join(" ", args));
    }
  }

  @Test
  void eachNameIsTheNameItsCommandDeclares() {
    Main.COMMANDS.forEach((name, type) ->
        assertEquals(name, type.getAnnotation(Command.class).name(), type.getName()));
  }

  @Test
  void helpListsEveryCommandInOrder() {
    CliRun run = CliRun.of("--help");
    List<String> listed = run.out().lines().filter(line -> line.matches("  [a-z]+ .*"))
        .map(line -> line.strip().split(" ")[0]).toList();
    assertEquals(List.of("help", "detect", "convert", "rules", "inventory", "diff", "check",
        "survey"), listed);
  }
}
