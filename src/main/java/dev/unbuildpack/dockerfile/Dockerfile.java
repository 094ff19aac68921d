package dev.unbuildpack.dockerfile;

import java.util.List;
import java.util.Map;

/**
 * A parsed Dockerfile.
 *
 * @param file where it was read from, for messages (relative to the app when inside it)
 * @param directives parser directives from the top of the file (lower-case names: syntax, escape,
 *     check)
 * @param escape the escape character in force: '\\' or '`'
 * @param instructions every instruction in file order
 */
public record Dockerfile(
    String file, Map<String, String> directives, char escape, List<Instruction> instructions) {
  public Dockerfile {
    directives = Map.copyOf(directives);
    instructions = List.copyOf(instructions);
  }

  /** The instructions with this keyword, in file order. */
  public List<Instruction> all(String keyword) {
    return instructions.stream().filter(i -> i.is(keyword)).toList();
  }
}
