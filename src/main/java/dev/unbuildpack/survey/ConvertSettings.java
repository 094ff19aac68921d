package dev.unbuildpack.survey;

import dev.unbuildpack.plan.ImageMap;
import java.nio.file.Path;
import java.util.function.Function;

/**
 * How each app is converted: in memory only (survey), or written (convert --each).
 *
 * @param imageMap convert's --image-map
 * @param extraCaFile convert's --extra-ca, checked and absolute; null without it
 * @param outputFolder where an app's files go (its own folder, or mirrored under --output-root)
 * @param mode survey, or convert --each with or without --dry-run
 * @param force replace existing files
 */
public record ConvertSettings(
    ImageMap imageMap, String extraCaFile, Function<FoundApp, Path> outputFolder, Mode mode,
    boolean force) {

  public enum Mode {
    /** Plan and render in memory; an app that would not convert is a finding of the report. */
    SURVEY,
    /** convert --each --dry-run: as SURVEY, but an app that would not convert fails (exit 3). */
    DRY_RUN,
    /** convert --each: write each app's files, all or none; one that does not convert fails. */
    WRITE;

    boolean converting() {
      return this != SURVEY;
    }
  }

  /** Survey's: the real plan and files, rendered for the app's own folder, never written. */
  public static ConvertSettings inMemory() {
    return new ConvertSettings(ImageMap.empty(), null, FoundApp::dir, Mode.SURVEY, false);
  }
}
