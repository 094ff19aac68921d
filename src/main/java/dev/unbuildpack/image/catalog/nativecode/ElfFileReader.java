package dev.unbuildpack.image.catalog.nativecode;

import dev.unbuildpack.image.catalog.FileReader;
import dev.unbuildpack.image.elf.ElfInfo;
import dev.unbuildpack.image.elf.ElfReader;
import dev.unbuildpack.image.layer.EntryContent;
import dev.unbuildpack.image.layer.LayerEntry;
import java.io.IOException;
import java.nio.channels.SeekableByteChannel;

/**
 * Reads the ELF headers of candidate files: the first four bytes decide, so scripts and data
 * cost a peek; only real ELF files are read further, by position, without copying them out.
 */
final class ElfFileReader implements FileReader<ElfInfo> {
  /** Read by position or as a stream, never whole: any size. */
  @Override
  public long maxSize() {
    return Long.MAX_VALUE;
  }

  @Override
  public boolean wants(LayerEntry entry) {
    return NativeScope.mayBeElf(entry);
  }

  @Override
  public ElfInfo read(LayerEntry entry, EntryContent content) throws IOException {
    if (!ElfReader.isElf(content.head(4))) {
      return null;
    }
    try (SeekableByteChannel channel = content.channel()) {
      return ElfReader.read(channel).orElse(null);
    } catch (IOException e) {
      // In a compressed layer the channel cannot go back past its kept prefix (a very large
      // string table): the object's linkage is unknown. A truly broken layer fails at the next
      // entry header anyway.
      return null;
    }
  }
}
