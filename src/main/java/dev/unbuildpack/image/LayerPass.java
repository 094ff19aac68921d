package dev.unbuildpack.image;

import dev.unbuildpack.image.catalog.FileReader;
import dev.unbuildpack.image.layer.EntryContent;
import dev.unbuildpack.image.layer.LayerEntry;
import dev.unbuildpack.image.layer.LayerReader;
import dev.unbuildpack.image.source.ImageErrors;
import dev.unbuildpack.image.source.LayerBlob;
import java.util.ArrayList;
import java.util.List;

/**
 * One pass over one layer: its entries (metadata only), its size, and what the file readers kept.
 * Independent of the other layers, so layers are passed over in parallel.
 */
final class LayerPass {
  /** A file reader's result for one path of this layer. */
  record Capture(FileReader<?> reader, String path, Object value) {}

  /** What the pass found. */
  record Result(List<LayerEntry> entries, long size, List<Capture> captures) {}

  private final LayerReader reader;
  private final List<FileReader<?>> fileReaders;

  LayerPass(LayerReader reader, List<FileReader<?>> fileReaders) {
    this.reader = reader;
    this.fileReaders = fileReaders;
  }

  Result run(LayerBlob layer) {
    List<LayerEntry> entries = new ArrayList<>();
    List<Capture> captures = new ArrayList<>();
    long[] size = {0};
    reader.read(layer, (entry, content) -> {
      entries.add(entry);
      if (entry.kind() == LayerEntry.Kind.FILE) {
        size[0] += entry.size();
        capture(layer, entry, content, captures);
      }
    });
    return new Result(entries, size[0], captures);
  }

  /** The first reader that wants a file reads it; one stream cannot be read twice. */
  private void capture(LayerBlob layer, LayerEntry entry, EntryContent content,
      List<Capture> captures) throws java.io.IOException {
    for (FileReader<?> fileReader : fileReaders) {
      if (fileReader.wants(entry)) {
        if (entry.size() > fileReader.maxSize()) {
          throw ImageErrors.badEntry(layer.label(), entry.path(), "has " + entry.size()
              + " bytes, more than the " + fileReader.maxSize() + " allowed for a file read"
              + " whole (a package database, a manifest)");
        }
        Object value = fileReader.read(entry, content);
        if (value != null) {
          captures.add(new Capture(fileReader, entry.path(), value));
        }
        return;
      }
    }
  }
}
