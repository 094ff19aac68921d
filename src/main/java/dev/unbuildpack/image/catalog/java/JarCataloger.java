package dev.unbuildpack.image.catalog.java;

import dev.unbuildpack.image.catalog.Cataloger;
import dev.unbuildpack.image.catalog.FileReader;
import dev.unbuildpack.image.catalog.Findings;
import dev.unbuildpack.image.catalog.ImageFacts;
import dev.unbuildpack.image.layer.EntryContent;
import dev.unbuildpack.image.layer.LayerEntry;
import dev.unbuildpack.inventory.InstalledPackage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;

/**
 * Java artifacts ("maven"): each jar's META-INF/maven/GROUP/ARTIFACT/pom.properties, including
 * the jars nested in Spring Boot (BOOT-INF/lib) and web archives (WEB-INF/lib). Jars are streamed
 * entry by entry, nested ones too, so nothing is unpacked and no jar is held in memory. A jar
 * without pom.properties is named after its file ("NAME-VERSION.jar").
 */
public final class JarCataloger implements Cataloger, FileReader<List<InstalledPackage>> {
  private static final Pattern POM_PROPERTIES =
      Pattern.compile("META-INF/maven/[^/]+/[^/]+/pom\\.properties");
  private static final Pattern NESTED = Pattern.compile("(BOOT-INF|WEB-INF)/lib/[^/]+\\.jar");
  private static final Pattern FILE_NAME = Pattern.compile("(.+?)-(\\d[^-]*(-[^-]+)*)\\.jar");
  private static final int MAX_PROPERTIES = 64 * 1024;

  @Override
  public List<FileReader<?>> readers() {
    return List.of(this);
  }

  /** Read by position or as a stream, never whole: any size. */
  @Override
  public long maxSize() {
    return Long.MAX_VALUE;
  }

  @Override
  public boolean wants(LayerEntry entry) {
    String name = entry.fileName();
    return entry.size() > 0
        && (name.endsWith(".jar") || name.endsWith(".war") || name.endsWith(".ear"));
  }

  @Override
  public List<InstalledPackage> read(LayerEntry entry, EntryContent content) throws IOException {
    List<InstalledPackage> found = new ArrayList<>();
    try (InputStream in = content.stream()) {
      readJar(in, "/" + entry.path(), entry.fileName(), entry.size(), 0, found);
    }
    return found;
  }

  private void readJar(InputStream in, String location, String fileName, long size, int depth,
      List<InstalledPackage> found) throws IOException {
    ZipArchiveInputStream zip = new ZipArchiveInputStream(in, "UTF-8", true, true);
    int before = found.size();
    try {
      for (ZipArchiveEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        if (POM_PROPERTIES.matcher(e.getName()).matches()) {
          pom(zip.readNBytes(MAX_PROPERTIES), location, size, found);
        } else if (depth == 0 && NESTED.matcher(e.getName()).matches()) {
          String nestedName = e.getName().substring(e.getName().lastIndexOf('/') + 1);
          readJar(zip, location + "!/" + e.getName(), nestedName, Math.max(0, e.getSize()),
              depth + 1, found);
        }
      }
    } catch (IOException | IllegalArgumentException e) {
      // A damaged or unusual jar still is a jar; fall back to its file name below.
    }
    if (found.size() == before) {
      fromFileName(fileName, location, size).ifPresent(found::add);
    }
  }

  private static void pom(byte[] bytes, String location, long size, List<InstalledPackage> found)
      throws IOException {
    Properties pom = new Properties();
    pom.load(new ByteArrayInputStream(bytes));
    String group = pom.getProperty("groupId");
    String artifact = pom.getProperty("artifactId");
    if (group != null && artifact != null) {
      found.add(new InstalledPackage("maven", group + ":" + artifact,
          pom.getProperty("version"), location, size));
    }
  }

  private static java.util.Optional<InstalledPackage> fromFileName(String fileName,
      String location, long size) {
    Matcher m = FILE_NAME.matcher(fileName);
    if (!m.matches()) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(new InstalledPackage("maven", m.group(1), m.group(2), location,
        size));
  }

  @Override
  public void catalog(ImageFacts facts, Findings out) {
    facts.captures().of(this).values().forEach(packages -> packages.forEach(out::add));
  }
}
