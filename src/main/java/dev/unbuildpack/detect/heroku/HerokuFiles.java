package dev.unbuildpack.detect.heroku;

import dev.unbuildpack.app.AppDir;
import dev.unbuildpack.common.Location;
import dev.unbuildpack.detect.Declared;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The Heroku platform files every ecosystem shares: Procfile, app.json, Aptfile (read by the apt
 * buildpack) and .slugignore.
 *
 * @param procfile empty when the app has no Procfile
 * @param appJson empty when the app has no app.json
 * @param aptfile package lines of the Aptfile, comments and blanks dropped
 * @param slugignore pattern lines of .slugignore, comments and blanks dropped
 * @param buildpacksFile URL lines of .buildpacks (heroku-buildpack-multi's list), in run order
 * @param profileScripts the app's committed .profile.d/*.sh (sorted, as the dyno's glob expands)
 *     and then .profile: what a dyno sources before it starts any process
 */
public record HerokuFiles(
    Optional<Procfile> procfile,
    Optional<AppJson> appJson,
    List<Declared> aptfile,
    List<Declared> slugignore,
    List<Declared> buildpacksFile,
    List<String> profileScripts) {
  public static final String APTFILE = "Aptfile";
  public static final String BUILDPACKS = ".buildpacks";
  public static final String SLUGIGNORE = ".slugignore";
  public static final String PROFILE = ".profile";
  public static final String PROFILE_D = ".profile.d";

  public HerokuFiles {
    aptfile = List.copyOf(aptfile);
    slugignore = List.copyOf(slugignore);
    buildpacksFile = List.copyOf(buildpacksFile);
    profileScripts = List.copyOf(profileScripts);
  }

  public static HerokuFiles read(AppDir app) {
    return new HerokuFiles(
        app.read(Procfile.FILE).map(Procfile::parse),
        app.read(AppJson.FILE).map(AppJson::parse),
        app.read(APTFILE).map(text -> lines(APTFILE, text)).orElse(List.of()),
        app.read(SLUGIGNORE).map(text -> lines(SLUGIGNORE, text)).orElse(List.of()),
        app.read(BUILDPACKS).map(text -> lines(BUILDPACKS, text)).orElse(List.of()),
        profileScripts(app));
  }

  private static List<String> profileScripts(AppDir app) {
    List<String> scripts = new ArrayList<>();
    for (String name : app.list(PROFILE_D)) {
      if (name.endsWith(".sh") && app.isFile(PROFILE_D + "/" + name)) {
        scripts.add(PROFILE_D + "/" + name);
      }
    }
    if (app.isFile(PROFILE)) {
      scripts.add(PROFILE);
    }
    return scripts;
  }

  /** Non-blank lines that are not "#" comments, trimmed, each with its line number. */
  public static List<Declared> lines(String file, String text) {
    List<Declared> lines = new ArrayList<>();
    String[] all = text.split("\r?\n", -1);
    for (int i = 0; i < all.length; i++) {
      String line = all[i].strip();
      if (!line.isEmpty() && !line.startsWith("#")) {
        lines.add(new Declared(line, Location.of(file, i + 1)));
      }
    }
    return lines;
  }
}
