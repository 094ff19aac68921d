package dev.unbuildpack.survey;

import java.nio.file.Path;

/**
 * A folder discovery takes for an app, or an entry it had to refuse.
 *
 * @param path as reports show it: relative to the working directory when inside it, else
 *     absolute; '/' separated. Rows are sorted and sharded by it.
 * @param dir the folder to read; null when refused
 * @param container for SUBFOLDER the surveyed folder, for NESTED the enclosing app (both as
 *     {@code path} shows paths); null for ROOT
 * @param refusal why the entry is not surveyed (not a folder, a link out of the surveyed folder),
 *     or null
 */
public record FoundApp(
    String path, Path dir, Placement placement, String container, Problem refusal) {}
