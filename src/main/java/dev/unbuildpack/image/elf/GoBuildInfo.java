package dev.unbuildpack.image.elf;

import java.util.List;

/**
 * The module information the Go linker embeds in a binary (what {@code go version -m} prints).
 *
 * @param goVersion the toolchain that built it ("go1.21.5")
 * @param mainModule the main module path, or null
 * @param mainVersion the main module version ("(devel)" for local builds), or null
 * @param deps dependency modules, after replacements
 */
public record GoBuildInfo(String goVersion, String mainModule, String mainVersion,
    List<Module> deps) {
  /** One dependency module. */
  public record Module(String path, String version) {}

  public GoBuildInfo {
    deps = List.copyOf(deps);
  }
}
