package dev.unbuildpack.image.layer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import org.junit.jupiter.api.Test;

class ForwardChannelTest {
  private static final int SIZE = ForwardChannel.PREFIX + (1 << 20);

  private static ForwardChannel channel() {
    byte[] bytes = new byte[SIZE];
    for (int i = 0; i < SIZE; i++) {
      bytes[i] = (byte) (i * 31);
    }
    return new ForwardChannel(new ByteArrayInputStream(bytes), SIZE);
  }

  private static byte at(ForwardChannel channel, long position) throws IOException {
    ByteBuffer one = ByteBuffer.allocate(1);
    channel.position(position);
    assertEquals(1, channel.read(one));
    return one.get(0);
  }

  @Test
  void readsForwardAndBackIntoTheKeptPrefix() throws IOException {
    ForwardChannel channel = channel();
    assertEquals((byte) (5_000_000 * 31), at(channel, 5_000_000));
    assertEquals((byte) (100 * 31), at(channel, 100));
    assertEquals((byte) ((SIZE - 1) * 31), at(channel, SIZE - 1));
    assertEquals((byte) (7 * 31), at(channel, 7), "the prefix stays after reading past it");
  }

  @Test
  void refusesToGoBackPastThePrefix() throws IOException {
    ForwardChannel channel = channel();
    at(channel, SIZE - 1);
    assertThrows(IOException.class, () -> at(channel, ForwardChannel.PREFIX + 10));
  }
}
