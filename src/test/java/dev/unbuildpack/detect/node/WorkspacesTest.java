package dev.unbuildpack.detect.node;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.unbuildpack.app.AppDir;
import dev.unbuildpack.common.BadInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Workspace folders from every way npm, Yarn and pnpm declare them, and what the install reads. */
class WorkspacesTest {
  @TempDir Path app;

  private void write(String path, String text) throws IOException {
    Path file = app.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  private void pkg(String folder) throws IOException {
    write(folder + "/package.json", "{\"name\": \"" + folder.replace('/', '-') + "\"}");
  }

  private List<String> folders() throws IOException {
    PackageJson root = new PackageJson(Files.readString(app.resolve("package.json")));
    return Workspaces.find(AppDir.open(app), root, (name, range) -> null).stream()
        .map(Workspace::folder).toList();
  }

  @Test
  void anArrayOfGlobsFindsOnlyFoldersWithAPackageJson() throws IOException {
    write("package.json", "{\"workspaces\": [\"packages/*\", \"./tools/cli/\"]}");
    pkg("packages/b");
    pkg("packages/a");
    Files.createDirectories(app.resolve("packages/no-manifest"));
    pkg("packages/a/nested");
    pkg("tools/cli");
    pkg("other");
    assertEquals(List.of("packages/a", "packages/b", "tools/cli"), folders());
  }

  @Test
  void yarnsObjectFormReadsPackagesAndDoubleStarCrossesFoldersButNotNodeModules()
      throws IOException {
    write("package.json",
        "{\"workspaces\": {\"packages\": [\"apps/**\"], \"nohoist\": [\"**/react\"]}}");
    pkg("apps/web");
    pkg("apps/group/api");
    pkg("apps/web/node_modules/dep");
    pkg("apps/.hidden");
    assertEquals(List.of("apps/group/api", "apps/web"), folders());
  }

  @Test
  void pnpmWorkspaceYamlWithAnExclusion() throws IOException {
    write("package.json", "{\"name\": \"root\"}");
    write("pnpm-workspace.yaml", "packages:\n  - 'packages/*'\n  - '!packages/skip'\n");
    pkg("packages/keep");
    pkg("packages/skip");
    assertEquals(List.of("packages/keep"), folders());
  }

  @Test
  void globsThatLeaveTheAppAreIgnored() throws IOException {
    write("package.json", "{\"workspaces\": [\"../*\", \"/etc\", \"packages/../..\"]}");
    assertEquals(List.of(), folders());
  }

  @Test
  void aBrokenGlobIsBadInputNamingItsLine() throws IOException {
    write("package.json", "{\n  \"workspaces\": [\n    \"packages/[\"\n  ]\n}");
    BadInputException e = assertThrows(BadInputException.class, this::folders);
    assertEquals("package.json:3", e.location().orElseThrow().toString());
  }

  @Test
  void noWorkspacesFieldMeansNoWorkspaces() throws IOException {
    write("package.json", "{\"workspaces\": \"packages/*\"}");
    pkg("packages/a");
    assertEquals(List.of(), folders());
  }

  @Test
  void installInputsNameLifecycleScriptsOfEveryWorkspacePatchesAndLocalDependencies()
      throws IOException {
    write("package.json", """
        {"workspaces": ["packages/*"],
         "scripts": {"build": "tsc", "prepare": "husky"},
         "dependencies": {"vendored": "file:vendor/lib", "express": "4.21.2"}}
        """);
    write("packages/api/package.json", "{\"scripts\": {\"postinstall\": \"prisma generate\"}}");
    Files.createDirectories(app.resolve("patches"));
    AppDir dir = AppDir.open(app);
    NodeFacts facts = new NodeDetector().facts(dir);
    assertEquals(List.of(
        "the prepare script of package.json at package.json:2",
        "a dependency installed from a path of the app (file:) at package.json:3",
        "the postinstall script of packages/api/package.json at packages/api/package.json:1",
        "patch files in patches/, applied during the install at patches"),
        facts.installInputs().stream().map(i -> i.what() + " at " + i.at()).toList());
  }

  /**
   * Yarn prunes every workspace's devDependencies (yarn install --production, yarn workspaces
   * focus --production): a package reached only from them is dev-only, one that another
   * workspace needs at run time is not.
   */
  @Test
  void aPackageOnlyAWorkspacesDevDependenciesReachIsDevOnly() throws IOException {
    write("package.json", "{\"private\": true, \"workspaces\": [\"pkgs/*\"]}");
    write("pkgs/a/package.json", "{\"devDependencies\": {\"@playwright/test\": \"^1.62.1\"}}");
    write("pkgs/b/package.json", "{\"dependencies\": {\"sharp\": \"^0.33.5\"}}");
    write(".yarnrc.yml", "nodeLinker: node-modules\n");
    write("yarn.lock", """
        __metadata:
          version: 8

        "@playwright/test@npm:^1.62.1":
          version: 1.62.1
          dependencies:
            playwright: "npm:1.62.1"

        "playwright@npm:1.62.1":
          version: 1.62.1
          dependencies:
            playwright-core: "npm:1.62.1"

        "playwright-core@npm:1.62.1":
          version: 1.62.1

        "sharp@npm:^0.33.5":
          version: 0.33.5
          dependencies:
            detect-libc: "npm:^2.0.3"

        "detect-libc@npm:^2.0.3":
          version: 2.0.3
        """);
    NodeFacts facts = new NodeDetector().facts(AppDir.open(app));
    assertEquals(List.of("@playwright/test 1.62.1", "playwright 1.62.1",
            "playwright-core 1.62.1"),
        facts.dependencies().stream().filter(Dependency::devOnly)
            .map(d -> d.name() + " " + d.version()).toList());
    assertEquals(List.of("sharp 0.33.5", "detect-libc 2.0.3"),
        facts.dependencies().stream().filter(d -> !d.devOnly())
            .map(d -> d.name() + " " + d.version()).toList());
  }
}
