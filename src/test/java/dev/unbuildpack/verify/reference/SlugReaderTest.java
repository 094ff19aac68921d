package dev.unbuildpack.verify.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unbuildpack.common.BadInputException;
import dev.unbuildpack.common.ExitCode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A slug becomes one layer under /app, and a slug that reaches outside /app is refused. */
class SlugReaderTest {
  @TempDir Path temp;

  private final SlugReader reader = new SlugReader(SlugLimits.DEFAULT);

  private Map<String, TarArchiveEntry> layer(SlugLayer read) throws IOException {
    Map<String, TarArchiveEntry> entries = new LinkedHashMap<>();
    try (InputStream file = Files.newInputStream(read.tar());
        TarArchiveInputStream tar = new TarArchiveInputStream(file)) {
      for (TarArchiveEntry e = tar.getNextEntry(); e != null; e = tar.getNextEntry()) {
        entries.put(e.getName(), e);
      }
    }
    return entries;
  }

  @Test
  void aNodeSlugBecomesALayerUnderAppOwnedByTheDynoUserWithItsLinks() throws IOException {
    SlugLayer read = reader.read(SlugFiles.nodeApp()
        .file("./outside.txt", "Heroku ignores files outside ./app")
        .write(temp.resolve("slug.tar.gz")));
    Map<String, TarArchiveEntry> entries = layer(read);
    assertEquals(read.entries(), entries.size());
    assertTrue(entries.keySet().stream().allMatch(n -> n.equals("app/") || n.startsWith("app/")),
        entries.keySet().toString());
    TarArchiveEntry link = entries.get("app/node_modules/.bin/tool");
    assertTrue(link.isSymbolicLink());
    assertEquals("../tool/cli.js", link.getLinkName());
    TarArchiveEntry cli = entries.get("app/node_modules/tool/cli.js");
    assertEquals(0755, cli.getMode() & 07777);
    assertTrue(entries.values().stream()
        .allMatch(e -> e.getLongUserId() == 1000 && e.getLongGroupId() == 1000));
    assertEquals(1, read.ignoredOutsideApp());
    assertEquals("web: node server.js\n", read.procfile());
    assertTrue(read.packageJson());
    Files.delete(read.tar());
  }

  @Test
  void setuidAndStickyBitsAreDropped() throws IOException {
    SlugLayer read = reader.read(new SlugFiles().file("app/run", "x", 04755)
        .write(temp.resolve("slug.tar.gz")));
    assertEquals(0755, layer(read).get("app/run").getMode() & 07777);
  }

  @Test
  void aPnpmHardLinkToAnEarlierFileIsKept() throws IOException {
    SlugLayer read = reader.read(new SlugFiles().file("app/a.js", "a")
        .hardlink("app/b.js", "app/a.js").write(temp.resolve("slug.tar.gz")));
    TarArchiveEntry link = layer(read).get("app/b.js");
    assertTrue(link.isLink());
    assertEquals("app/a.js", link.getLinkName());
  }

  private BadInputException refused(SlugFiles slug) {
    Path file = slug.write(temp.resolve("bad.tar.gz"));
    BadInputException e = assertThrows(BadInputException.class, () -> reader.read(file));
    assertEquals(ExitCode.BAD_INPUT, e.exitCode());
    assertEquals(file.toString(), e.location().orElseThrow().file());
    return e;
  }

  @Test
  void aNameThatClimbsOutIsRefused() {
    assertTrue(refused(new SlugFiles().file("app/../../etc/passwd", "x")).why().orElse("")
        .contains("'..'"));
  }

  @Test
  void anAbsoluteNameIsRefused() {
    assertTrue(refused(new SlugFiles().file("/app/server.js", "x")).why().orElse("")
        .contains("absolute"));
  }

  @Test
  void aLinkOutOfTheAppIsRefused() {
    assertTrue(refused(new SlugFiles().symlink("app/etc", "/etc")).why().orElse("")
        .contains("outside /app"));
    assertTrue(refused(new SlugFiles().symlink("app/x/up", "../../etc/shadow")).why().orElse("")
        .contains("outside /app"));
  }

  @Test
  void aLinkWithinTheAppByAbsolutePathIsKept() throws IOException {
    SlugLayer read = reader.read(new SlugFiles()
        .symlink("app/.heroku/python/bin/python", "/app/.heroku/python/bin/python3.12")
        .write(temp.resolve("slug.tar.gz")));
    assertEquals("/app/.heroku/python/bin/python3.12",
        layer(read).get("app/.heroku/python/bin/python").getLinkName());
  }

  @Test
  void aHardLinkToSomethingNotInTheAppIsRefused() {
    assertTrue(refused(new SlugFiles().hardlink("app/x", "etc/passwd")).why().orElse("")
        .contains("hard link"));
  }

  @Test
  void aDeviceIsRefused() {
    TarArchiveEntry device = new TarArchiveEntry("app/null", TarArchiveEntry.LF_CHR, true);
    assertTrue(refused(new SlugFiles().entry(device)).why().orElse("").contains("device"));
  }

  @Test
  void somethingThatIsNotGzipIsRefused() throws IOException {
    Path file = Files.writeString(temp.resolve("slug.tar.gz"), "not a slug");
    BadInputException e = assertThrows(BadInputException.class, () -> reader.read(file));
    assertTrue(e.why().orElse("").contains("gzip"), e.why().orElse(""));
  }

  @Test
  void aTruncatedSlugIsRefused() throws IOException {
    Path whole = SlugFiles.nodeApp().write(temp.resolve("whole.tar.gz"));
    byte[] bytes = Files.readAllBytes(whole);
    Path cut = Files.write(temp.resolve("cut.tar.gz"),
        java.util.Arrays.copyOf(bytes, bytes.length / 2));
    assertThrows(BadInputException.class, () -> reader.read(cut));
  }

  @Test
  void theLimitsApply() {
    Path slug = SlugFiles.nodeApp().file("app/big", "0123456789").write(temp.resolve("s.tar.gz"));
    assertTrue(assertThrows(BadInputException.class,
        () -> new SlugReader(new SlugLimits(1L << 20, 40, 1000, 4096)).read(slug)).why().orElse("")
        .contains("more than 40 bytes"));
    assertTrue(assertThrows(BadInputException.class,
        () -> new SlugReader(new SlugLimits(1L << 20, 1L << 20, 3, 4096)).read(slug)).why().orElse("")
        .contains("more than 3 entries"));
    assertTrue(assertThrows(BadInputException.class,
        () -> new SlugReader(new SlugLimits(10, 1L << 20, 1000, 4096)).read(slug)).why().orElse("")
        .contains("at most 10"));
  }
}
