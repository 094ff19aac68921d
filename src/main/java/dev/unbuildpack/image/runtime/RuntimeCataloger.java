package dev.unbuildpack.image.runtime;

import dev.unbuildpack.image.catalog.Cataloger;
import dev.unbuildpack.image.catalog.FileReader;
import dev.unbuildpack.image.catalog.Findings;
import dev.unbuildpack.image.catalog.ImageFacts;
import dev.unbuildpack.image.catalog.dpkg.DebPackage;
import dev.unbuildpack.image.fs.FileNode;
import dev.unbuildpack.image.layer.EntryContent;
import dev.unbuildpack.image.layer.LayerEntry;
import dev.unbuildpack.inventory.RuntimeInstall;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Language runtimes wherever installed (Heroku's /app/.heroku/{node,python,php}, /app/vendor,
 * /layers, /usr/local, /usr/lib/jvm, Debian's /usr): first from the version file each runtime
 * ships (node_version.h, patchlevel.h, rbconfig.rb, JDK release, Go VERSION, php_version.h) next
 * to its binary; then, for interpreters dpkg installed without those files, from the version of
 * the package that owns the binary.
 */
public final class RuntimeCataloger implements Cataloger, FileReader<RuntimeInstall> {
  /** Version files are small; a huge "release" file is something else. */
  private static final int READ_AT_MOST = 256 * 1024;
  /** Debian interpreter binaries: usr/bin/node, python3.11, ruby3.1, php8.2. */
  private static final Pattern DEBIAN_BINARY =
      Pattern.compile("usr/bin/(node|python3\\.[0-9]+|ruby[0-9.]*|php[0-9.]*)");

  @Override
  public java.util.List<FileReader<?>> readers() {
    return java.util.List.of(this);
  }

  @Override
  public boolean wants(LayerEntry entry) {
    if (entry.size() > READ_AT_MOST) {
      return false;
    }
    for (VersionFile file : VersionFile.ALL) {
      if (file.matches(entry.path())) {
        return true;
      }
    }
    return false;
  }

  @Override
  public RuntimeInstall read(LayerEntry entry, EntryContent content) throws IOException {
    String text;
    try (InputStream in = content.stream()) {
      text = new String(in.readNBytes(READ_AT_MOST), StandardCharsets.UTF_8);
    }
    for (VersionFile file : VersionFile.ALL) {
      String version = file.matches(entry.path()) ? file.version(text) : null;
      if (version != null) {
        return new RuntimeInstall(file.runtime, version, file.prefix(entry.path()),
            ImageFacts.absolute(entry.path()));
      }
    }
    return null;
  }

  @Override
  public void catalog(ImageFacts facts, Findings out) {
    Set<String> found = new HashSet<>();
    facts.captures().of(this).values().forEach(runtime -> {
      VersionFile file = VersionFile.valueOf(runtime.name().toUpperCase(java.util.Locale.ROOT));
      if (hasBinary(facts, runtime.path(), file) && found.add(runtime.name() + " " + runtime.path())) {
        out.add(new RuntimeInstall(runtime.name(), runtime.version(),
            ImageFacts.absolute(runtime.path()), runtime.evidence()));
      }
    });
    fromDpkg(facts, found, out);
  }

  private static boolean hasBinary(ImageFacts facts, String prefix, VersionFile file) {
    for (String binary : file.binaries) {
      if (facts.tree().resolve(prefix + "/" + binary).map(FileNode::isFile).orElse(false)) {
        return true;
      }
    }
    // Python and Ruby name their binary after the version (python3.12, ruby3.1).
    return !facts.tree().under(prefix + "/bin").stream()
        .filter(n -> n.fileName().startsWith(file.runtime) && n.path().split("/").length
            == (prefix.isEmpty() ? 2 : prefix.split("/").length + 2))
        .toList().isEmpty();
  }

  private static void fromDpkg(ImageFacts facts, Set<String> found, Findings out) {
    for (FileNode node : facts.tree().under("usr/bin")) {
      var m = DEBIAN_BINARY.matcher(node.path());
      if (!m.matches()) {
        continue;
      }
      String name = m.group(1).replaceAll("[0-9.]+$", "");
      Optional<DebPackage> owner = facts.dpkg().owner(node.path())
          .or(() -> facts.tree().realPath(node.path()).flatMap(facts.dpkg()::owner));
      if (owner.isEmpty() || !found.add(name + " usr")) {
        continue;
      }
      out.add(new RuntimeInstall(name, owner.get().upstreamVersion(), "/usr",
          "dpkg: " + owner.get().name() + " " + owner.get().version() + " owns /" + node.path()));
    }
  }
}
