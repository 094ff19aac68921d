package dev.unbuildpack.diff;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The closed set of things a diff reports, in the order reports show them: the ones that break a
 * running app first. Each id is stable (users name it in {@code --fail-on}, JSON consumers match
 * on it) and is listed in {@code schema/diff.schema.json}; never rename or reuse one.
 */
public enum Category {
  MISSING_LIBRARY(
      "missing-library",
      "Libraries B lacks that A provided",
      "An ELF object in B needs a shared library that nothing in B provides, but A had it;"
          + " the package that provided it in A is named."),
  UNRESOLVED_LIBRARY(
      "unresolved-library",
      "Other unresolved libraries",
      "Needed libraries unresolved in B that A did not provide either (added), or unresolved in A"
          + " and resolved in B (removed)."),
  RUNTIME_VERSION(
      "runtime-version",
      "Language runtimes",
      "A language runtime added, removed, or installed at a different version."),
  REMOVED_OS_PACKAGE("removed-os-package", "OS packages removed", "In A, not in B."),
  ADDED_OS_PACKAGE("added-os-package", "OS packages added", "In B, not in A."),
  CHANGED_OS_PACKAGE(
      "changed-os-package",
      "OS packages at another version",
      "In both, at different versions, or moved between Heroku's apt buildpack (deb-unpacked)"
          + " and dpkg (deb)."),
  REMOVED_LANGUAGE_PACKAGE(
      "removed-language-package", "Language packages removed", "In A, not in B."),
  ADDED_LANGUAGE_PACKAGE("added-language-package", "Language packages added", "In B, not in A."),
  CHANGED_LANGUAGE_PACKAGE(
      "changed-language-package",
      "Language packages at another version",
      "In both, at different versions."),
  ENV("env", "Environment variables", "Variables of the image configuration added, removed or"
      + " changed; values of secret-looking names are masked."),
  ENTRYPOINT("entrypoint", "Entrypoint", "The image's entrypoint differs."),
  CMD("cmd", "Command", "The image's default command differs."),
  USER("user", "User", "The user the image runs as differs."),
  WORKDIR("workdir", "Working directory", "The image's working directory differs."),
  PORTS("ports", "Exposed ports", "Ports exposed by one image and not the other.");

  private final String id;
  private final String title;
  private final String description;

  Category(String id, String title, String description) {
    this.id = id;
    this.title = title;
    this.description = description;
  }

  public String id() {
    return id;
  }

  public String title() {
    return title;
  }

  public String description() {
    return description;
  }

  public static Optional<Category> byId(String id) {
    return Arrays.stream(values()).filter(c -> c.id.equals(id)).findFirst();
  }

  public static List<String> ids() {
    return Arrays.stream(values()).map(Category::id).toList();
  }
}
