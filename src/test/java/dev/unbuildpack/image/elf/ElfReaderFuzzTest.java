package dev.unbuildpack.image.elf;

import static dev.unbuildpack.testing.ParserContract.holds;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.ByteBuffer;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

/**
 * Fuzz tests of the ELF reader (dynamic section, Go build info found through the data segment or
 * the section headers) and of the Go build-info decoder on its own. Their contract is stricter
 * than the other parsers': a damaged file is "not ELF" or "no build info", never an exception.
 * A plain test run replays the inputs under ElfReaderFuzzTestInputs/.
 */
class ElfReaderFuzzTest {

  @FuzzTest
  void elf(byte[] input) throws Exception {
    holds(() -> ElfReader.read(new SeekableInMemoryByteChannel(input)));
  }

  /** The build-info blob alone, as the reader finds it at an offset of the file. */
  @FuzzTest
  void goBuildInfo(byte[] input) throws Exception {
    holds(() -> GoBuildInfoParser.parse((offset, length) ->
        offset >= 0 && length >= 0 && offset + length <= input.length
            ? ByteBuffer.wrap(input, (int) offset, length).slice() : null, 0));
  }
}
