package dev.unbuildpack.inventory;

/**
 * @param name "node", "python", "ruby", "java", "go", "php"
 * @param version exact version
 * @param path where it is installed (absolute image path of the binary or its home)
 * @param evidence what the version was read from (a file path and what was matched)
 */
public record RuntimeInstall(String name, String version, String path, String evidence) {}
