package dev.unbuildpack.image.catalog.dpkg;

import dev.unbuildpack.image.catalog.Cataloger;
import dev.unbuildpack.image.catalog.FileReader;
import dev.unbuildpack.image.catalog.Findings;
import dev.unbuildpack.image.catalog.ImageFacts;
import dev.unbuildpack.image.fs.FileNode;
import dev.unbuildpack.image.layer.EntryContent;
import dev.unbuildpack.image.layer.LayerEntry;
import dev.unbuildpack.inventory.InstalledPackage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.SortedMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * Debian packages that Heroku's apt buildpack unpacked with {@code dpkg -x} into /app/.apt
 * ("deb-unpacked"). They are in no dpkg database, and the buildpack keeps the downloaded .debs in
 * its build cache, not in the app. What every .deb does leave is its documentation directory,
 * /app/.apt/usr/share/doc/PACKAGE/ (Debian policy §12.5 requires one per package, possibly a
 * symlink to a sibling from the same source); so each such directory is one package, and its
 * version is the one in the first line of its changelog.Debian.gz ("pkg (1.2-3) suite; ...").
 * The version is null when the package ships no changelog (or only a symlinked doc directory).
 */
public final class UnpackedDebCataloger implements Cataloger, FileReader<String> {
  private static final int FIRST_LINE_AT_MOST = 4096;
  private static final Pattern DOC_DIR = Pattern.compile("(.*/)?\\.apt/usr/share/doc");
  private static final Pattern CHANGELOG_HEAD = Pattern.compile("^\\S+ \\(([^)]+)\\)");

  @Override
  public List<FileReader<?>> readers() {
    return List.of(this);
  }

  @Override
  public boolean wants(LayerEntry entry) {
    if (!entry.fileName().equals("changelog.Debian.gz") || !entry.path().contains(".apt/")) {
      return false;
    }
    String packageDir = entry.parent();
    return DOC_DIR.matcher(packageDir.substring(0, Math.max(0, packageDir.lastIndexOf('/'))))
        .matches();
  }

  @Override
  public String read(LayerEntry entry, EntryContent content) throws IOException {
    // Only the first line matters; reading at most a few KiB of the decompressed text keeps a
    // hostile changelog (a gzip bomb with no newline) from being expanded.
    try (InputStream changelog = new GZIPInputStream(content.stream())) {
      String head = new String(changelog.readNBytes(FIRST_LINE_AT_MOST), StandardCharsets.UTF_8);
      int newline = head.indexOf('\n');
      String first = newline < 0 ? head : head.substring(0, newline);
      Matcher version = CHANGELOG_HEAD.matcher(first);
      return version.find() ? version.group(1) : null;
    } catch (java.util.zip.ZipException e) {
      return null;
    }
  }

  @Override
  public void catalog(ImageFacts facts, Findings out) {
    SortedMap<String, String> versions = facts.captures().of(this);
    for (FileNode node : facts.tree().nodes()) {
      if (!isPackageDocDir(node)) {
        continue;
      }
      String version = versions.get(node.path() + "/changelog.Debian.gz");
      out.add(new InstalledPackage("deb-unpacked", node.fileName(), version,
          ImageFacts.absolute(node.path()), 0));
    }
  }

  private static boolean isPackageDocDir(FileNode node) {
    if (node.kind() != LayerEntry.Kind.DIRECTORY && node.kind() != LayerEntry.Kind.SYMLINK) {
      return false;
    }
    int slash = node.path().lastIndexOf('/');
    return slash > 0 && node.path().contains(".apt/")
        && DOC_DIR.matcher(node.path().substring(0, slash)).matches();
  }
}
