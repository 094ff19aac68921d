package dev.unbuildpack.dockerfile;

/**
 * One {@code --name[=value]} flag before an instruction's arguments, such as {@code --mount=...}
 * or {@code --from=build}.
 *
 * @param value the text after '=', or null for a bare {@code --name}
 */
public record Flag(String name, String value) {}
