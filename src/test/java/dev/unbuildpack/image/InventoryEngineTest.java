package dev.unbuildpack.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.BuildImageResultCallback;
import dev.unbuildpack.build.ContainerOutput;
import dev.unbuildpack.build.ContainerRun;
import dev.unbuildpack.build.ContainerSpec;
import dev.unbuildpack.build.DockerEngine;
import dev.unbuildpack.inventory.InstalledPackage;
import dev.unbuildpack.inventory.Inventory;
import dev.unbuildpack.inventory.LinkedObject;
import dev.unbuildpack.inventory.RuntimeInstall;
import dev.unbuildpack.testing.DockerEngineSupport;
import dev.unbuildpack.testing.Golden;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Builds real images with the engine (Debian packages over HTTP, an npm tree and a site-packages
 * written by RUN steps; then the same image with libpq5 removed) and compares the inventory with
 * what a running container reports.
 */
class InventoryEngineTest {
  private static final String BASE = "unbuildpack-test/inv-base:latest";
  private static final String NO_LIBPQ = "unbuildpack-test/inv-nolibpq:latest";

  private static DockerClient engine;

  @BeforeAll
  static void buildImages() {
    DockerEngineSupport.requireEngine();
    engine = DockerEngine.connect();
    build("inv-base", BASE);
    build("inv-nolibpq", NO_LIBPQ);
  }

  @AfterAll
  static void close() throws Exception {
    if (engine != null) {
      engine.close();
    }
  }

  private static void build(String dir, String tag) {
    Path context = Golden.projectDir().resolve("src/test/resources/images").resolve(dir);
    engine.buildImageCmd(context.toFile()).withTags(Set.of(tag)).withPull(false)
        .withForcerm(true).exec(new BuildImageResultCallback()).awaitImageId();
  }

  /** Runs a shell command as root in a fresh container of the image; returns its stdout. */
  /** The stdout of a shell script run as root in a container of the image. */
  private static String inContainer(String image, String script) {
    ContainerOutput output = new ContainerRun(engine)
        .run(ContainerSpec.asRoot(image, "/bin/sh", "-c", script), Duration.ofMinutes(2));
    assertTrue(output.succeeded(), script + ": " + output.stderr());
    return output.stdout();
  }

  private static Set<String> lines(String text) {
    return Arrays.stream(text.split("\n")).map(String::strip).filter(s -> !s.isEmpty())
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private static Set<String> packages(Inventory inventory, String ecosystem) {
    return inventory.packages().stream().filter(p -> p.ecosystem().equals(ecosystem))
        .map(p -> p.name() + " " + p.version()).collect(Collectors.toCollection(TreeSet::new));
  }

  @Test
  void debPackagesEqualDpkgQueryInTheContainer() throws Exception {
    for (String image : List.of(BASE, NO_LIBPQ)) {
      Inventory inventory = Inventories.read("docker:" + image);
      Set<String> truth = lines(inContainer(image,
          "dpkg-query -W -f='${db:Status-Abbrev}|${Package} ${Version}\\n' | grep '^ii' | cut -d'|' -f2"));
      assertEquals(truth, packages(inventory, "deb"), image);
    }
  }

  @Test
  void languagePackagesEqualWhatTheContainerHas(@TempDir Path temp) throws Exception {
    Path archive = temp.resolve("nolibpq.tar");
    try (InputStream saved = engine.saveImageCmd(NO_LIBPQ).exec()) {
      Files.copy(saved, archive, StandardCopyOption.REPLACE_EXISTING);
    }
    Inventory inventory = Inventories.read("docker-archive:" + archive);
    Set<String> npmTruth = lines(inContainer(NO_LIBPQ,
        "cd /app && for f in $(find node_modules -name package.json); do "
            + "sed -n 's/.*\"name\":\"\\([^\"]*\\)\",\"version\":\"\\([^\"]*\\)\".*/\\1 \\2/p' $f; done"));
    assertEquals(npmTruth, packages(inventory, "npm"));
    assertFalse(npmTruth.contains("is-number 7.0.0"), "deleted in the top layer");
    Set<String> pyTruth = lines(inContainer(NO_LIBPQ,
        "ls /app/.heroku/python/lib/python3.12/site-packages | sed 's/-\\([^-]*\\)\\.dist-info$/ \\1/';"
            + " python3 -c 'import psycopg2' 2>/dev/null; "
            + "ls /usr/lib/python3/dist-packages | grep egg-info | sed 's/-\\([0-9.]*\\)\\.egg-info$/ \\1/'"));
    assertEquals(pyTruth, packages(inventory, "pypi"));
  }

  @Test
  void removingLibpqShowsAsAnUnresolvedNeededLibraryAndItsOwnerIsKnownInTheBase()
      throws Exception {
    Inventory base = Inventories.read(BASE);
    Inventory removed = Inventories.read(NO_LIBPQ);
    String addon = "/app/node_modules/left-pad/binding.node";
    LinkedObject before = base.linkage().stream().filter(o -> o.path().equals(addon))
        .findFirst().orElseThrow();
    LinkedObject after = removed.linkage().stream().filter(o -> o.path().equals(addon))
        .findFirst().orElseThrow();
    assertTrue(before.needed().contains("libpq.so.5"), before.toString());
    assertEquals(List.of(), before.unresolved());
    assertEquals(List.of("libpq.so.5"), after.unresolved());
    String lddTruth = inContainer(NO_LIBPQ, "ldd " + addon + " | grep 'not found'");
    assertTrue(lddTruth.contains("libpq.so.5 => not found"), lddTruth);
    assertTrue(base.libraries().stream().anyMatch(l -> l.soname().equals("libpq.so.5")
        && "deb:libpq5".equals(l.ownerPackage())), "libpq.so.5 is owned by libpq5");
    assertTrue(removed.libraries().stream().noneMatch(l -> l.soname().equals("libpq.so.5")));
  }

  @Test
  void runtimesMatchTheInterpretersInTheContainer() throws Exception {
    Inventory inventory = Inventories.read(BASE);
    String node = inContainer(BASE, "node --version").strip().substring(1);
    String python = inContainer(BASE, "python3.11 -c 'import platform; print(platform.python_version())'")
        .strip();
    assertTrue(inventory.runtimes().contains(new RuntimeInstall("node", node, "/usr",
        "dpkg: nodejs " + debVersion(inventory, "nodejs") + " owns /usr/bin/node")),
        inventory.runtimes().toString());
    assertTrue(inventory.runtimes().stream().anyMatch(r -> r.name().equals("python")
        && r.version().equals(python)), inventory.runtimes().toString());
  }

  @Test
  void aBareReferenceTheEngineDoesNotHaveIsBadInput() {
    dev.unbuildpack.common.BadInputException e = org.junit.jupiter.api.Assertions.assertThrows(
        dev.unbuildpack.common.BadInputException.class,
        () -> Inventories.read("unbuildpack-test/inv-does-not-exist:none"));
    assertEquals("No image unbuildpack-test/inv-does-not-exist:none in the local Docker Engine",
        e.getMessage());
  }

  private static String debVersion(Inventory inventory, String name) {
    return inventory.packages().stream().filter(p -> p.name().equals(name))
        .map(InstalledPackage::version).findFirst().orElseThrow();
  }
}
