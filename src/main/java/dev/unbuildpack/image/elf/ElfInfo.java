package dev.unbuildpack.image.elf;

import java.util.List;

/**
 * What the dynamic loader and Go tooling need to know about one ELF file.
 *
 * @param needed DT_NEEDED entries, in order
 * @param soname DT_SONAME, or null
 * @param rpath DT_RPATH directories (used only when there is no RUNPATH)
 * @param runpath DT_RUNPATH directories
 * @param goBuildInfo the Go module build info, or null when it is not a Go binary
 */
public record ElfInfo(List<String> needed, String soname, List<String> rpath,
    List<String> runpath, GoBuildInfo goBuildInfo) {
  public ElfInfo {
    needed = List.copyOf(needed);
    rpath = List.copyOf(rpath);
    runpath = List.copyOf(runpath);
  }
}
