package dev.unbuildpack.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The start-up script of the image's commands, run by bash against an app folder: it sources the
 * app's .profile.d/*.sh in glob order, then .profile, then runs the Procfile command, given as
 * an argument, with bash (so its own shell syntax still works and nothing of it is re-parsed).
 */
class ProcessCommandTest {
  @Test
  void sourcesProfileDThenProfileThenRunsTheCommand(@TempDir Path app) throws Exception {
    Files.createDirectories(app.resolve(".profile.d"));
    Files.writeString(app.resolve(".profile.d/a.sh"), "export ORDER=a\n");
    Files.writeString(app.resolve(".profile.d/b.sh"), "export ORDER=\"$ORDER,b\"\n");
    Files.writeString(app.resolve(".profile.d/c.txt"), "export ORDER=not-a-script\n");
    Files.writeString(app.resolve(".profile"), "export ORDER=\"$ORDER,profile\" GREETING=hi\n");
    String command = "echo \"$ORDER $GREETING\" && echo '$(not run)' $1";

    assertEquals("a,b,profile hi\n$(not run)\n", run(app, command));
  }

  @Test
  void withoutScriptsTheCommandRunsAsIs(@TempDir Path app) throws Exception {
    assertEquals("plain\n", run(app, "echo plain"));
  }

  private static String run(Path app, String command) throws IOException, InterruptedException {
    List<String> argv = new ArrayList<>(ProcessCommand.execForm(command, true));
    // The image's app folder is /app; here it is the temporary one.
    argv.set(2, argv.get(2).replace("/app/", app + "/"));
    Process bash = new ProcessBuilder(argv).redirectErrorStream(true).start();
    String out = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, bash.waitFor(), out);
    return out;
  }
}
