package dev.unbuildpack.image.catalog.nativecode;

import dev.unbuildpack.image.catalog.Cataloger;
import dev.unbuildpack.image.catalog.FileReader;
import dev.unbuildpack.image.catalog.Findings;
import dev.unbuildpack.image.catalog.ImageFacts;
import dev.unbuildpack.image.catalog.dpkg.DebPackage;
import dev.unbuildpack.image.catalog.dpkg.DpkgDatabase;
import dev.unbuildpack.image.elf.ElfInfo;
import dev.unbuildpack.image.elf.GoBuildInfo;
import dev.unbuildpack.image.fs.FileNode;
import dev.unbuildpack.image.layer.LayerEntry;
import dev.unbuildpack.inventory.InstalledPackage;
import dev.unbuildpack.inventory.LinkedObject;
import dev.unbuildpack.inventory.SharedLibrary;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Native code: the linkage of every ELF object under app and language-package paths (each
 * DT_NEEDED and whether it resolves in the image), the shared libraries the image has with their
 * owning dpkg package, and the Go modules compiled into Go binaries ("go" packages).
 */
public final class NativeCataloger implements Cataloger {
  /**
   * A library file as the loader matches it: by file name, so SONAME symlinks count too
   * ("libz.so.1" → libz.so.1.2.13).
   */
  private static final Pattern LIBRARY = Pattern.compile("(lib|ld-)[^/]*\\.so(\\.[0-9][0-9.]*)?");

  private final ElfFileReader elf = new ElfFileReader();
  private final LdConfigReader ldConfig = new LdConfigReader();

  @Override
  public List<FileReader<?>> readers() {
    return List.of(ldConfig, elf);
  }

  @Override
  public void catalog(ImageFacts facts, Findings out) {
    LibrarySearch search = new LibrarySearch(facts.tree(), ldLibraryPath(facts), configured(facts),
        facts.config().architecture());
    facts.captures().of(elf).forEach((path, info) -> {
      String absolute = ImageFacts.absolute(path);
      if (!info.needed().isEmpty() && NativeScope.isAppOrPackageCode(path)) {
        List<String> missing = info.needed().stream()
            .filter(needed -> !search.resolves(absolute, info, needed)).toList();
        out.add(new LinkedObject(absolute, info.needed(), missing));
      }
      goModules(absolute, info.goBuildInfo(), out);
    });
    libraries(facts, out);
  }

  private static void goModules(String path, GoBuildInfo go, Findings out) {
    if (go == null) {
      return;
    }
    if (go.mainModule() != null && go.mainVersion() != null
        && !go.mainVersion().equals("(devel)")) {
      out.add(new InstalledPackage("go", go.mainModule(), go.mainVersion(), path, 0));
    }
    for (GoBuildInfo.Module dep : go.deps()) {
      out.add(new InstalledPackage("go", dep.path(), dep.version(), path, 0));
    }
  }

  private static void libraries(ImageFacts facts, Findings out) {
    DpkgDatabase dpkg = facts.dpkg();
    for (FileNode node : facts.tree().nodes()) {
      if (node.kind() == LayerEntry.Kind.DIRECTORY || !LIBRARY.matcher(node.fileName()).matches()) {
        continue;
      }
      Optional<String> real = facts.tree().realPath(node.path());
      boolean present = real.flatMap(r -> facts.tree().get(r)).map(FileNode::isFile)
          .orElse(false);
      if (!present) {
        continue;
      }
      Optional<DebPackage> owner = dpkg.owner(node.path()).or(() -> dpkg.owner(real.get()));
      out.add(new SharedLibrary(node.fileName(), ImageFacts.absolute(node.path()),
          owner.map(p -> "deb:" + p.name()).orElse(null)));
    }
  }

  private List<String> configured(ImageFacts facts) {
    List<String> dirs = new ArrayList<>();
    facts.captures().of(ldConfig).forEach((path, listed) -> dirs.addAll(listed));
    return dirs;
  }

  private static List<String> ldLibraryPath(ImageFacts facts) {
    for (String env : facts.config().env()) {
      if (env.startsWith("LD_LIBRARY_PATH=")) {
        return Arrays.stream(env.substring("LD_LIBRARY_PATH=".length()).split(":"))
            .filter(dir -> dir.startsWith("/")).toList();
      }
    }
    return List.of();
  }
}
