package dev.unbuildpack.cli;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.unbuildpack.model.Detection;
import dev.unbuildpack.model.Finding;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What {@code convert --format json} prints: where the files went (or, with --dry-run, their
 * text) and the findings.
 *
 * @param written true when the files were written
 * @param files one entry per generated file; empty when the buildpack would fail the build
 */
record ConvertSummary(
    String app, String output, boolean written, boolean dryRun, List<FileEntry> files,
    List<Finding> findings) {

  /** @param content the file's text with --dry-run, else null (omitted) */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record FileEntry(String name, String path, String content) {}

  static ConvertSummary of(
      Detection detection, Path output, Map<String, String> files, boolean written,
      boolean dryRun) {
    List<FileEntry> entries = files.entrySet().stream()
        .map(f -> new FileEntry(f.getKey(), output.resolve(f.getKey()).toString(),
            dryRun ? f.getValue() : null))
        .toList();
    return new ConvertSummary(
        detection.app(), output.toString(), written, dryRun, entries, detection.findings());
  }
}
