package dev.unbuildpack.build;

/** How a command in a container ended: its exit code and what it wrote to each stream. */
public record ContainerOutput(long exitCode, String stdout, String stderr) {
  public boolean succeeded() {
    return exitCode == 0;
  }
}
