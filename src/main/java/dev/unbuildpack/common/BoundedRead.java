package dev.unbuildpack.common;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;

/**
 * Reads a whole input into memory within a {@link ReadLimit}, for every reader of the tool (app
 * files, option files, saved detections and inventories, image manifests and configs). Before a
 * byte is read, a file must be a regular file (a FIFO, device or socket is refused at once, so
 * nothing hangs or streams forever) no larger than the limit; while reading, at most the limit is
 * taken, so a file that grows meanwhile is refused too. Problems are bad input (exit code 3)
 * naming the file, the kind of input and its limit.
 */
public final class BoundedRead {
  private BoundedRead() {}

  /** The file's bytes. */
  public static byte[] bytes(Path file, ReadLimit limit, String shown) {
    requireReadable(file, limit, shown);
    try (InputStream in = Files.newInputStream(file)) {
      return bytes(in, limit, shown);
    } catch (IOException e) {
      throw unreadable(shown, e);
    }
  }

  /** The file's text, which must be UTF-8. */
  public static String text(Path file, ReadLimit limit, String shown) {
    return utf8(bytes(file, limit, shown), shown);
  }

  /**
   * At most the limit's bytes of a stream (an image blob, say); more is refused. The caller closes
   * the stream.
   */
  public static byte[] bytes(InputStream in, ReadLimit limit, String shown) throws IOException {
    byte[] read = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit.bytes() + 1));
    if (read.length > limit.bytes()) {
      throw tooLarge(shown, limit, "more than " + limit.bytes() + " bytes");
    }
    return read;
  }

  /**
   * Checks, without reading, that a file exists, is a regular file (links followed) and fits the
   * limit; a declared size (of a blob, a tar member) is checked with {@link #requireSize}.
   */
  public static void requireReadable(Path file, ReadLimit limit, String shown) {
    requireSize(requireRegularFile(file, shown), limit, shown);
  }

  /**
   * Checks, without opening it, that a file exists and is a regular file (links followed), for
   * inputs read in parts rather than whole (an image archive); returns its size.
   */
  public static long requireRegularFile(Path file, String shown) {
    BasicFileAttributes attributes;
    try {
      attributes = Files.readAttributes(file, BasicFileAttributes.class);
    } catch (NoSuchFileException e) {
      throw new BadInputException("No file " + shown, Location.of(shown),
          "Nothing exists at that path.", List.of("Check the path."), e);
    } catch (IOException e) {
      throw unreadable(shown, e);
    }
    if (!attributes.isRegularFile()) {
      throw new BadInputException("Refusing to read " + shown + ": it is " + kindOf(file,
          attributes) + ", not a regular file", Location.of(shown),
          "unbuildpack reads only regular files, so that a pipe or a device can neither hang it"
              + " nor feed it without end.",
          List.of("Pass a regular file; save a stream to a file first."));
    }
    return attributes.size();
  }

  /** Fails when a size known before reading is over the limit (or negative, which is corrupt). */
  public static void requireSize(long size, ReadLimit limit, String shown) {
    if (size < 0 || size > limit.bytes()) {
      throw tooLarge(shown, limit, size + " bytes");
    }
  }

  /** Decodes UTF-8 strictly: a malformed byte is bad input, not a replacement character. */
  public static String utf8(byte[] bytes, String shown) {
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw new BadInputException("The file is not valid UTF-8 text", Location.of(shown), null,
          List.of("Save " + shown + " as UTF-8."), e);
    }
  }

  private static BadInputException tooLarge(String shown, ReadLimit limit, String size) {
    return new BadInputException(
        "Refusing to read " + shown + ": it is larger than the limit for " + limit.what(),
        Location.of(shown),
        "It has " + size + "; the limit for " + limit.what() + " is " + limit.shown()
            + " (README.md, Limits), which keeps memory bounded.",
        List.of("Check that this is the file you meant; real inputs of this kind are far"
            + " smaller."));
  }

  private static BadInputException unreadable(String shown, IOException e) {
    return new BadInputException("Cannot read " + shown, Location.of(shown), e.getMessage(),
        List.of("Check the path and its permissions."), e);
  }

  /** "a FIFO", "a character device"...: from the file type bits where the platform has them. */
  public static String kindOf(Path file, BasicFileAttributes attributes) {
    if (attributes.isDirectory()) {
      return "a directory";
    }
    try {
      int type = (Integer) Files.getAttribute(file, "unix:mode") & 0170000;
      switch (type) {
        case 0010000: return "a FIFO (named pipe)";
        case 0020000: return "a character device";
        case 0060000: return "a block device";
        case 0140000: return "a socket";
        default: break;
      }
    } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
      // No unix view: the generic name below is still right.
    }
    return "a special file";
  }
}
