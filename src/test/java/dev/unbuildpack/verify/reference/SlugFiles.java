package dev.unbuildpack.verify.reference;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream;

/** Slug tarballs built entry by entry, including shapes no honest slug has. */
final class SlugFiles {
  private final List<TarArchiveEntry> entries = new ArrayList<>();
  private final List<byte[]> contents = new ArrayList<>();

  SlugFiles dir(String name) {
    return add(new TarArchiveEntry(name, TarArchiveEntry.LF_DIR), new byte[0]);
  }

  SlugFiles file(String name, String content) {
    return file(name, content, 0644);
  }

  SlugFiles file(String name, String content, int mode) {
    TarArchiveEntry entry = new TarArchiveEntry(name, true);
    entry.setMode(mode);
    byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
    entry.setSize(bytes.length);
    return add(entry, bytes);
  }

  SlugFiles symlink(String name, String target) {
    TarArchiveEntry entry = new TarArchiveEntry(name, TarArchiveEntry.LF_SYMLINK, true);
    entry.setLinkName(target);
    return add(entry, new byte[0]);
  }

  SlugFiles hardlink(String name, String target) {
    TarArchiveEntry entry = new TarArchiveEntry(name, TarArchiveEntry.LF_LINK, true);
    entry.setLinkName(target);
    return add(entry, new byte[0]);
  }

  SlugFiles entry(TarArchiveEntry entry) {
    return add(entry, new byte[0]);
  }

  private SlugFiles add(TarArchiveEntry entry, byte[] content) {
    entries.add(entry);
    contents.add(content);
    return this;
  }

  /** A typical small Node slug: ./app with a Procfile, node_modules/.bin links, .profile.d. */
  static SlugFiles nodeApp() {
    return new SlugFiles()
        .dir("./")
        .dir("./app/")
        .file("./app/Procfile", "web: node server.js\n")
        .file("./app/package.json", "{\"name\":\"app\"}\n")
        .file("./app/server.js", "console.log('hi')\n")
        .dir("./app/.profile.d/")
        .file("./app/.profile.d/nodejs.sh", "export PATH=\"$HOME/.heroku/node/bin:$PATH\"\n")
        .dir("./app/node_modules/tool/")
        .file("./app/node_modules/tool/cli.js", "#!/usr/bin/env node\n", 0755)
        .dir("./app/node_modules/.bin/")
        .symlink("./app/node_modules/.bin/tool", "../tool/cli.js");
  }

  Path write(Path out) {
    try (OutputStream file = Files.newOutputStream(out);
        TarArchiveOutputStream tar = new TarArchiveOutputStream(
            new GzipCompressorOutputStream(file))) {
      tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
      for (int i = 0; i < entries.size(); i++) {
        tar.putArchiveEntry(entries.get(i));
        tar.write(contents.get(i));
        tar.closeArchiveEntry();
      }
      tar.finish();
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
