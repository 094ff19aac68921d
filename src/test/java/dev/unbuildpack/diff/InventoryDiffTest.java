package dev.unbuildpack.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unbuildpack.inventory.ImageConfig;
import dev.unbuildpack.inventory.Inventory;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InventoryDiffTest {
  private static final String SHARP = "/app/node_modules/sharp/build/Release/sharp.node";
  private static final String VIPS_PATH = "/usr/lib/x86_64-linux-gnu/libvips-cpp.so.42";

  @Test
  void missingLibraryNamesThePackageThatProvidedItInA() {
    Inventory a = InventoryBuilder.image("a")
        .library("libvips-cpp.so.42", VIPS_PATH, "deb:libvips42")
        .object(SHARP, List.of("libvips-cpp.so.42", "libc.so.6"), List.of())
        .build();
    Inventory b = InventoryBuilder.image("b")
        .object(SHARP, List.of("libvips-cpp.so.42", "libc.so.6"), List.of("libvips-cpp.so.42"))
        .build();

    ImageDiff diff = InventoryDiff.compare(a, b);

    assertEquals(
        List.of(new Change(ChangeKind.REMOVED, SHARP, "libvips-cpp.so.42", VIPS_PATH, null,
            "provided in A by deb:libvips42")),
        diff.category(Category.MISSING_LIBRARY).changes());
    assertFalse(diff.category(Category.UNRESOLVED_LIBRARY).hasFindings());
  }

  @Test
  void missingLibraryWithoutOwnerSaysSo() {
    Inventory a = InventoryBuilder.image("a").library("libx.so.1", "/app/lib/libx.so.1", null)
        .build();
    Inventory b = InventoryBuilder.image("b")
        .object("/app/bin/tool", List.of("libx.so.1"), List.of("libx.so.1")).build();

    Change change = InventoryDiff.compare(a, b).category(Category.MISSING_LIBRARY).changes().get(0);

    assertEquals("present in A, owned by no package", change.detail());
  }

  @Test
  void libraryThatANeverProvidedIsUnresolvedNotMissing() {
    Inventory a = InventoryBuilder.image("a").build();
    Inventory b = InventoryBuilder.image("b")
        .object("/usr/local/bin/node", List.of("libatomic.so.1"), List.of("libatomic.so.1"))
        .build();

    ImageDiff diff = InventoryDiff.compare(a, b);

    assertFalse(diff.category(Category.MISSING_LIBRARY).hasFindings());
    assertEquals(
        List.of(new Change(ChangeKind.ADDED, "/usr/local/bin/node", "libatomic.so.1", null, "unresolved",
            "A did not provide it either")),
        diff.category(Category.UNRESOLVED_LIBRARY).changes());
  }

  @Test
  void libraryUnresolvedInBothImagesIsNoDifferenceEvenWhenAHasTheFile() {
    Inventory a = InventoryBuilder.image("a")
        .library("libgone.so.1", "/opt/vendor/lib/libgone.so.1", null)
        .object("/app/x.node", List.of("libgone.so.1"), List.of("libgone.so.1")).build();
    Inventory b = InventoryBuilder.image("b")
        .object("/app/x.node", List.of("libgone.so.1"), List.of("libgone.so.1")).build();

    assertEquals(0, InventoryDiff.compare(a, b).findingCount());
  }

  @Test
  void objectsAreMatchedByFileNameWhenTheConvertedImageMovedThem() {
    String so = "_tkinter.cpython-312-x86_64-linux-gnu.so";
    Inventory a = InventoryBuilder.image("a").object("/app/.heroku/python/lib/python3.12/"
        + "lib-dynload/" + so, List.of("libtk8.6.so"), List.of("libtk8.6.so")).build();
    Inventory b = InventoryBuilder.image("b").object("/usr/local/lib/python3.12/lib-dynload/"
        + so, List.of("libtk8.6.so"), List.of("libtk8.6.so")).build();

    assertEquals(0, InventoryDiff.compare(a, b).findingCount());
  }

  @Test
  void libraryUnresolvedInAAndProvidedInBIsReportedAsResolved() {
    Inventory a = InventoryBuilder.image("a")
        .object("/app/x.node", List.of("libpq.so.5"), List.of("libpq.so.5")).build();
    Inventory b = InventoryBuilder.image("b")
        .library("libpq.so.5", "/usr/lib/libpq.so.5", "deb:libpq5")
        .object("/app/x.node", List.of("libpq.so.5"), List.of()).build();

    assertEquals(
        List.of(new Change(ChangeKind.REMOVED, "/app/x.node", "libpq.so.5", "unresolved",
            "/usr/lib/libpq.so.5", "resolved in B by deb:libpq5")),
        InventoryDiff.compare(a, b).category(Category.UNRESOLVED_LIBRARY).changes());
  }

  @Test
  void objectMissingFromBIsNotReportedAsResolved() {
    Inventory a = InventoryBuilder.image("a")
        .object("/app/x.node", List.of("libpq.so.5"), List.of("libpq.so.5")).build();
    Inventory b = InventoryBuilder.image("b")
        .library("libpq.so.5", "/usr/lib/libpq.so.5", "deb:libpq5").build();

    assertEquals(0, InventoryDiff.compare(a, b).findingCount());
  }

  @Test
  void packagesFallIntoOsAndLanguageCategoriesByEcosystem() {
    Inventory a = InventoryBuilder.image("a")
        .pkg("deb", "curl", "7.88.1").pkg("deb", "libc6", "2.36-9")
        .pkg("deb-unpacked", "libmagic1", "1:5.44-3")
        .pkg("npm", "newrelic", "11.10.0").pkg("npm", "express", "4.19.2").build();
    Inventory b = InventoryBuilder.image("b")
        .pkg("deb", "tini", "0.19.0-1").pkg("deb", "libc6", "2.36-9+deb12u9")
        .pkg("npm", "express", "4.21.2").pkg("pypi", "requests", "2.32.3").build();

    ImageDiff diff = InventoryDiff.compare(a, b);

    assertEquals(List.of("deb:curl", "deb:libmagic1"),
        ids(diff, Category.REMOVED_OS_PACKAGE));
    assertEquals(List.of("deb:tini"), ids(diff, Category.ADDED_OS_PACKAGE));
    assertEquals(
        List.of(new Change(ChangeKind.CHANGED, "deb", "libc6", "2.36-9", "2.36-9+deb12u9", null)),
        diff.category(Category.CHANGED_OS_PACKAGE).changes());
    assertEquals(List.of("npm:newrelic"), ids(diff, Category.REMOVED_LANGUAGE_PACKAGE));
    assertEquals(List.of("pypi:requests"), ids(diff, Category.ADDED_LANGUAGE_PACKAGE));
    assertEquals(List.of("npm:express"), ids(diff, Category.CHANGED_LANGUAGE_PACKAGE));
  }

  @Test
  void aptBuildpackPackageNowInstalledWithAptIsChangedNotRemoved() {
    Inventory a = InventoryBuilder.image("a").pkg("deb-unpacked", "libpq5", "15.10-0+deb12u1")
        .build();
    Inventory b = InventoryBuilder.image("b").pkg("deb", "libpq5", "15.10-0+deb12u1").build();

    ImageDiff diff = InventoryDiff.compare(a, b);

    assertFalse(diff.category(Category.REMOVED_OS_PACKAGE).hasFindings());
    assertEquals(List.of(new Change(ChangeKind.CHANGED, "deb", "libpq5",
        "15.10-0+deb12u1 (deb-unpacked)", "15.10-0+deb12u1", null)),
        diff.category(Category.CHANGED_OS_PACKAGE).changes());
  }

  @Test
  void nestedCopiesOfAPackageAreComparedAsASetOfVersions() {
    Inventory a = InventoryBuilder.image("a")
        .pkg("npm", "semver", "7.6.0", "/app/node_modules/semver/package.json", 0).build();
    Inventory b = InventoryBuilder.image("b")
        .pkg("npm", "semver", "7.6.0", "/app/node_modules/semver/package.json", 0)
        .pkg("npm", "semver", "6.3.1", "/app/node_modules/x/node_modules/semver/package.json", 0)
        .build();

    Change change =
        InventoryDiff.compare(a, b).category(Category.CHANGED_LANGUAGE_PACKAGE).changes().get(0);

    assertEquals("7.6.0", change.before());
    assertEquals("6.3.1, 7.6.0", change.after());
  }

  @Test
  void samePackageAtAnotherLocationIsNoDifference() {
    Inventory a = InventoryBuilder.image("a")
        .pkg("npm", "npm", "10.8.2", "/app/.heroku/node/lib/node_modules/npm/package.json", 0)
        .build();
    Inventory b = InventoryBuilder.image("b")
        .pkg("npm", "npm", "10.8.2", "/usr/local/lib/node_modules/npm/package.json", 0).build();

    assertEquals(0, InventoryDiff.compare(a, b).findingCount());
  }

  @Test
  void runtimeVersionChangeShowsBothInstallPaths() {
    Inventory a = InventoryBuilder.image("a").runtime("node", "20.11.1", "/app/.heroku/node")
        .runtime("python", "3.12.4", "/app/.heroku/python").build();
    Inventory b = InventoryBuilder.image("b").runtime("node", "20.19.2", "/usr/local").build();

    assertEquals(
        List.of(
            new Change(ChangeKind.CHANGED, null, "node", "20.11.1", "20.19.2",
                "A: /app/.heroku/node; B: /usr/local"),
            new Change(ChangeKind.REMOVED, null, "python", "3.12.4", null,
                "A: /app/.heroku/python")),
        InventoryDiff.compare(a, b).category(Category.RUNTIME_VERSION).changes());
  }

  @Test
  void envDiffMasksSecretValuesAndCredentialUrls() {
    Inventory a = InventoryBuilder.image("a").config(env("NODE_ENV=production",
        "HEROKU_API_KEY=hk-0123456789", "DATABASE_URL=postgres://u:pw-9f8e@db/shop")).build();
    Inventory b = InventoryBuilder.image("b").config(env("NODE_ENV=development",
        "HEROKU_API_KEY=hk-abcdefghij")).build();

    List<Change> changes = InventoryDiff.compare(a, b).category(Category.ENV).changes();

    assertEquals(List.of("DATABASE_URL", "HEROKU_API_KEY", "NODE_ENV"),
        changes.stream().map(Change::subject).toList());
    String all = changes.toString();
    assertFalse(all.contains("hk-0123456789") || all.contains("hk-abcdefghij")
        || all.contains("pw-9f8e"), all);
    assertTrue(changes.get(1).before().startsWith("****(13 chars, sha256:"), changes.toString());
    assertEquals("development", changes.get(2).after());
  }

  @Test
  void entrypointCmdUserWorkdirAndPortsAreCompared() {
    ImageConfig heroku = new ImageConfig(List.of(), null, List.of("/bin/sh", "-c", "npm start"),
        "heroku", "/app", List.of("5000/tcp"), Map.of(), "linux", "amd64");
    ImageConfig converted = new ImageConfig(List.of(), List.of("/usr/bin/tini", "--"),
        List.of("npm", "start"), "1000:1000", "/app", List.of("8080/tcp"), Map.of(), "linux",
        "amd64");

    ImageDiff diff = InventoryDiff.compare(
        InventoryBuilder.image("a").config(heroku).build(),
        InventoryBuilder.image("b").config(converted).build());

    assertEquals(List.of(new Change(ChangeKind.ADDED, null, "entrypoint", null,
        "[\"/usr/bin/tini\", \"--\"]", null)), diff.category(Category.ENTRYPOINT).changes());
    assertEquals("[\"/bin/sh\", \"-c\", \"npm start\"]",
        diff.category(Category.CMD).changes().get(0).before());
    assertEquals(List.of(new Change(ChangeKind.CHANGED, null, "user", "heroku", "1000:1000",
        null)), diff.category(Category.USER).changes());
    assertFalse(diff.category(Category.WORKDIR).hasFindings());
    assertEquals(List.of("removed 5000/tcp", "added 8080/tcp"),
        diff.category(Category.PORTS).changes().stream()
            .map(c -> c.kind().id() + " " + c.subject()).toList());
  }

  @Test
  void identicalInventoriesHaveEveryCategoryAndNoFinding() {
    Inventory a = InventoryBuilder.image("a").pkg("deb", "bash", "5.2").layer(100, "ADD")
        .runtime("node", "20.19.2", "/usr/local").config(env("A=1")).build();

    ImageDiff diff = InventoryDiff.compare(a, a);

    assertEquals(Arrays.asList(Category.values()),
        diff.categories().stream().map(CategoryDiff::category).toList());
    assertEquals(0, diff.findingCount());
  }

  @Test
  void missingConfigIsComparedAsEmpty() {
    Inventory a = InventoryBuilder.image("a").config(null).build();
    Inventory b = InventoryBuilder.image("b").config(env("PORT=8080")).build();

    assertEquals(List.of(new Change(ChangeKind.ADDED, null, "PORT", null, "8080", null)),
        InventoryDiff.compare(a, b).category(Category.ENV).changes());
  }

  @Test
  void orderDoesNotDependOnInventoryOrder() {
    InventoryBuilder forward = InventoryBuilder.image("b");
    InventoryBuilder backward = InventoryBuilder.image("b");
    List<String> names = List.of("zlib1g", "bash", "libc6", "apt");
    names.forEach(n -> forward.pkg("deb", n, "1"));
    List.of("apt", "libc6", "bash", "zlib1g").forEach(n -> backward.pkg("deb", n, "1"));
    Inventory empty = InventoryBuilder.image("a").build();

    ImageDiff one = InventoryDiff.compare(empty, forward.build());

    assertEquals(one, InventoryDiff.compare(empty, backward.build()));
    assertEquals(List.of("deb:apt", "deb:bash", "deb:libc6", "deb:zlib1g"),
        ids(one, Category.ADDED_OS_PACKAGE));
  }

  @Test
  void sizesAreSummedPerEcosystemAndLayersKeptInOrder() {
    Inventory a = InventoryBuilder.image("a").layer(100, "base").layer(50, "apt")
        .pkg("deb", "bash", "5", "/var/lib/dpkg/status", 7000)
        .pkg("deb", "curl", "7", "/var/lib/dpkg/status", 500).pkg("npm", "x", "1").build();
    Inventory b = InventoryBuilder.image("b").layer(100, "base")
        .pkg("deb", "bash", "5", "/var/lib/dpkg/status", 7000).build();

    SizeDiff sizes = InventoryDiff.compare(a, b).sizes();

    assertEquals(List.of(new EcosystemSize("deb", 2, 1, 7500, 7000),
        new EcosystemSize("npm", 1, 0, 0, 0)), sizes.ecosystems());
    assertEquals(150, sizes.totalA());
    assertEquals(100, sizes.totalB());
    assertEquals(List.of("base", "apt"),
        sizes.layersA().stream().map(l -> l.createdBy()).toList());
  }

  private static ImageConfig env(String... entries) {
    return new ImageConfig(List.of(entries), null, null, null, null, null, null, null, null);
  }

  private static List<String> ids(ImageDiff diff, Category category) {
    return diff.category(category).changes().stream()
        .map(c -> c.scope() + ":" + c.subject()).toList();
  }
}
