package dev.unbuildpack.detect.jvm;

import dev.unbuildpack.app.AppDir;
import dev.unbuildpack.detect.Detector;
import java.util.ArrayList;
import java.util.List;

/**
 * sbt (heroku/scala): the classic buildpack's bin/detect passes on a root *.sbt file, .sbtrc,
 * project/build.properties, or a project/*.scala or .sbt/*.scala file. unbuildpack detects these
 * apps so that detection follows Heroku's order and survey counts them; its rules explain that
 * they are not converted.
 */
public final class SbtDetector implements Detector {
  @Override
  public String id() {
    return SbtFacts.ID;
  }

  @Override
  public int priority() {
    return 320;
  }

  @Override
  public List<String> markers() {
    return List.of("build.sbt", ".sbtrc", "project/build.properties", "project/*.scala");
  }

  @Override
  public boolean detects(AppDir app) {
    return !found(app).isEmpty();
  }

  @Override
  public SbtFacts facts(AppDir app) {
    return new SbtFacts(found(app), SystemProperties.read(app));
  }

  private static List<String> found(AppDir app) {
    List<String> found = new ArrayList<>();
    app.list(".").stream().filter(n -> n.endsWith(".sbt")).filter(app::isFile).sorted()
        .forEach(found::add);
    for (String file : List.of(".sbtrc", "project/build.properties")) {
      if (app.isFile(file)) {
        found.add(file);
      }
    }
    for (String folder : List.of("project", ".sbt")) {
      if (app.isDirectory(folder)) {
        app.list(folder).stream().filter(n -> n.endsWith(".scala")).sorted()
            .map(n -> folder + "/" + n).filter(app::isFile).forEach(found::add);
      }
    }
    return found;
  }
}
