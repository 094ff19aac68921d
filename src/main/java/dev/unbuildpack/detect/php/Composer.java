package dev.unbuildpack.detect.php;

import com.fasterxml.jackson.databind.JsonNode;
import dev.unbuildpack.detect.Declared;
import dev.unbuildpack.detect.StructuredFile;
import java.util.Optional;

/** Small readings shared by the composer.json and composer.lock readers. */
final class Composer {
  private Composer() {}

  /** The string at a pointer with its place; empty when absent or not a string. */
  static Optional<Declared> text(StructuredFile file, String pointer) {
    JsonNode node = file.at(pointer);
    return node.isTextual() ? Optional.of(new Declared(node.asText(), file.location(pointer)))
        : Optional.empty();
  }
}
