package dev.unbuildpack.detect.python;

import com.fasterxml.jackson.databind.JsonNode;
import dev.unbuildpack.common.Location;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What pyproject.toml tells about the install: direct dependencies and package indexes. */
final class Pyproject {
  static final String FILE = "pyproject.toml";
  private static final String FIX = "Correct the TOML syntax of pyproject.toml.";
  private static final Pattern NAME = Pattern.compile("\\s*([A-Za-z0-9][A-Za-z0-9._-]*)");
  private static final Pattern URL = Pattern.compile("@\\s*(\\S+://\\S+)");

  private Pyproject() {}

  static Optional<TomlFile> read(Function<String, Optional<String>> files) {
    return TomlFile.read(files, FILE, FIX);
  }

  /** Normalised names the project itself depends on (PEP 621 and Poetry's own table). */
  static Set<String> declared(TomlFile toml) {
    Set<String> names = new HashSet<>();
    toml.root().path("tool").path("poetry").path("dependencies").fieldNames()
        .forEachRemaining(name -> names.add(PythonNames.normalise(name)));
    for (JsonNode requirement : toml.root().path("project").path("dependencies")) {
      Matcher m = NAME.matcher(requirement.asText());
      if (requirement.isTextual() && m.lookingAt()) {
        names.add(PythonNames.normalise(m.group(1)));
      }
    }
    return names;
  }

  /** Poetry's [[tool.poetry.source]] entries and URL dependencies. */
  static List<PackageSource> poetrySources(TomlFile toml) {
    List<PackageSource> sources = new ArrayList<>();
    JsonNode list = toml.root().path("tool").path("poetry").path("source");
    for (int i = 0; i < list.size(); i++) {
      JsonNode source = list.get(i);
      Optional<String> url = TomlFile.text(source, "url");
      if (url.isPresent()) {
        String priority = TomlFile.text(source, "priority").orElse("");
        sources.add(new PackageSource(priority.equals("primary") || priority.equals("default")
            ? PackageSource.Kind.INDEX : PackageSource.Kind.EXTRA_INDEX,
            TomlFile.text(source, "name").orElse(null), url.get(), false,
            toml.key("tool.poetry.source", i, "url")));
      }
    }
    sources.addAll(urlDependencies(toml));
    return sources;
  }

  /** uv's [[tool.uv.index]] entries, its older index-url / extra-index-url, URL dependencies. */
  static List<PackageSource> uvSources(TomlFile toml) {
    List<PackageSource> sources = new ArrayList<>();
    JsonNode uv = toml.root().path("tool").path("uv");
    JsonNode list = uv.path("index");
    for (int i = 0; i < list.size(); i++) {
      JsonNode index = list.get(i);
      Optional<String> url = TomlFile.text(index, "url");
      if (url.isPresent()) {
        sources.add(new PackageSource(index.path("default").asBoolean(false)
            ? PackageSource.Kind.INDEX : PackageSource.Kind.EXTRA_INDEX,
            TomlFile.text(index, "name").orElse(null), url.get(),
            TomlFile.text(index, "authenticate").map("always"::equals).orElse(false),
            toml.key("tool.uv.index", i, "url")));
      }
    }
    Location table = toml.table("tool.uv");
    TomlFile.text(uv, "index-url").ifPresent(url -> sources.add(
        new PackageSource(PackageSource.Kind.INDEX, null, url, false, table)));
    for (JsonNode url : uv.path("extra-index-url")) {
      if (url.isTextual()) {
        sources.add(new PackageSource(
            PackageSource.Kind.EXTRA_INDEX, null, url.asText(), false, table));
      }
    }
    sources.addAll(urlDependencies(toml));
    return sources;
  }

  /** "name @ git+https://..." in [project] dependencies. */
  private static List<PackageSource> urlDependencies(TomlFile toml) {
    List<PackageSource> sources = new ArrayList<>();
    Location at = toml.table("project");
    for (JsonNode requirement : toml.root().path("project").path("dependencies")) {
      Matcher m = URL.matcher(requirement.asText(""));
      if (m.find()) {
        boolean vcs = m.group(1).matches("(?i)(git|hg|svn|bzr)\\+.*");
        sources.add(new PackageSource(vcs ? PackageSource.Kind.VCS : PackageSource.Kind.URL,
            null, m.group(1), false, at));
      }
    }
    return sources;
  }
}
