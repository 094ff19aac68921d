package dev.unbuildpack.verify.baseline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unbuildpack.common.ExitCode;
import dev.unbuildpack.common.UsageException;
import dev.unbuildpack.diff.InventoryBuilder;
import dev.unbuildpack.inventory.Inventory;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The shipped stack lists and library index, and the check of image B against them. */
class StackBaselineTest {
  private final StackBaseline heroku24 = StackBaseline.load("heroku-24");
  private final StackBaseline heroku22 = StackBaseline.load("heroku-22");

  @Test
  void everyDataFileSaysWhereItCameFromAndWhen() {
    for (StackBaseline baseline : List.of(heroku22, heroku24)) {
      String sources = String.join("\n", baseline.sources());
      assertTrue(sources.contains("https://github.com/heroku/base-images commit "), sources);
      assertTrue(sources.contains("http://deb.debian.org/debian"), sources);
      assertTrue(Pattern.compile("\\(20\\d\\d-\\d\\d-\\d\\d\\)").matcher(sources).find(),
          sources);
      assertTrue(sources.contains("bookworm: Release file dated")
          && sources.contains("trixie: Release file dated"), sources);
    }
  }

  @Test
  void theListsHoldTheRunAndBuildImagesPackages() {
    assertEquals(Optional.of(StackImage.RUN), heroku24.image("libpq5"));
    assertEquals(Optional.of(StackImage.BUILD), heroku24.image("gcc"),
        "heroku-24 moved GCC to the build image");
    assertEquals(Optional.of(StackImage.RUN), heroku22.image("gcc"));
    assertEquals(Optional.empty(), heroku24.image("no-such-package"));
  }

  @Test
  void aLibraryMapsToTheStacksOwnPackageAndToDebiansPackages() {
    StackLibrary vips = heroku24.provider("libvips.so.42").orElseThrow();
    assertEquals("libvips42t64", vips.stackPackage());
    assertEquals(StackImage.RUN, vips.image());
    assertEquals(Map.of("bookworm", List.of("libvips42"), "trixie", List.of("libvips42t64")),
        vips.debianPackages());
    assertEquals("libvips42", heroku22.provider("libvips.so.42").orElseThrow().stackPackage());
    assertEquals(StackImage.BUILD, heroku24.provider("libasan.so.8").orElseThrow().image());
    assertEquals(Optional.empty(), heroku24.provider("libgone.so.7"));
  }

  @Test
  void theCheckReportsWhatBLacksAndTheStackHadWithItsPackage() {
    Inventory b = InventoryBuilder.image("b")
        .object("/app/node_modules/sharp/build/Release/sharp.node",
            List.of("libvips-cpp.so.42", "libc.so.6"), List.of("libvips-cpp.so.42"))
        .object("/app/node_modules/pg-native/build/Release/addon.node",
            List.of("libpq.so.5", "libvips-cpp.so.42"), List.of("libpq.so.5", "libvips-cpp.so.42"))
        .object("/app/bin/tool", List.of("libgone.so.7"), List.of("libgone.so.7"))
        .object("/app/bin/fine", List.of("libc.so.6"), List.of())
        .build();
    BaselineCheck check = BaselineCheck.run(b, heroku24);
    assertEquals("heroku-24", check.stack());
    assertEquals(List.of("libpq.so.5", "libvips-cpp.so.42"),
        check.lost().stream().map(l -> l.library().soname()).toList());
    LostLibrary vips = check.lost().get(1);
    assertEquals("libvips42t64", vips.library().stackPackage());
    assertEquals(List.of("/app/node_modules/pg-native/build/Release/addon.node",
        "/app/node_modules/sharp/build/Release/sharp.node"), vips.neededBy());
    assertEquals(List.of("libgone.so.7"), check.unknown());
  }

  @Test
  void anImageThatResolvesEverythingLostNothing() {
    Inventory b = InventoryBuilder.image("b")
        .object("/app/x.node", List.of("libc.so.6"), List.of()).build();
    assertEquals(List.of(), BaselineCheck.run(b, heroku24).lost());
  }

  @Test
  void anUnknownStackIsAUsageError() {
    UsageException e = assertThrows(UsageException.class, () -> StackBaseline.load("cedar-14"));
    assertEquals(ExitCode.USAGE, e.exitCode());
    assertTrue(e.why().orElse("").contains("heroku-22, heroku-24"));
  }
}
