package dev.unbuildpack.detect.python;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeType;
import dev.unbuildpack.detect.StructuredFile;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Pipenv's Pipfile.lock: {@code pipenv install --deploy} installs its "default" section (the
 * "develop" section only with --dev, which Heroku does not pass). Pipfile's [packages] says which
 * of them the app asks for itself; the lock's _meta.sources are the indexes, whose URLs Pipenv
 * expands ${VAR} in.
 */
final class PipfileLock {
  static final String FILE = "Pipfile.lock";
  private static final String FIX =
      "Run `pipenv lock` to write Pipfile.lock again and commit it.";

  private PipfileLock() {}

  static PythonPackages read(Function<String, Optional<String>> files) {
    Optional<String> text = files.apply(FILE);
    if (text.isEmpty()) {
      return PythonPackages.none();
    }
    StructuredFile lock = StructuredFile.json(FILE, text.get(), FIX);
    lock.requireType("", "an object", JsonNodeType.OBJECT);
    lock.requireType("/default", "an object", JsonNodeType.OBJECT);
    lock.requireType("/_meta/sources", "an array", JsonNodeType.ARRAY);
    Set<String> direct = pipfilePackages(files);
    List<PythonPackage> packages = new ArrayList<>();
    List<PackageSource> sources = new ArrayList<>();
    Iterator<Map.Entry<String, JsonNode>> entries = lock.at("/default").fields();
    while (entries.hasNext()) {
      Map.Entry<String, JsonNode> entry = entries.next();
      String pointer = "/default/" + StructuredFile.segment(entry.getKey());
      lock.requireType(pointer, "an object", JsonNodeType.OBJECT);
      lock.requireType(pointer + "/version", "a string", JsonNodeType.STRING);
      lock.requireType(pointer + "/git", "a string", JsonNodeType.STRING);
      lock.requireType(pointer + "/extras", "an array", JsonNodeType.ARRAY);
      if (!PythonNames.valid(entry.getKey())) {
        throw new dev.unbuildpack.common.BadInputException(FILE + " names an invalid package",
            lock.location(pointer), "\"" + RequirementsFile.visible(entry.getKey())
            + "\" is no valid Python package name.", List.of(FIX));
      }
      String name = PythonNames.normalise(entry.getKey());
      String version = lock.text(pointer + "/version")
          .map(v -> v.startsWith("==") ? v.substring(2).strip() : null).orElse(null);
      List<String> extras = new ArrayList<>();
      entry.getValue().path("extras").forEach(e -> {
        if (e.isTextual()) {
          extras.add(PythonNames.normalise(e.asText()));
        }
      });
      packages.add(new PythonPackage(name, version, lock.location(pointer),
          direct.isEmpty() || direct.contains(name), extras));
      lock.text(pointer + "/git").ifPresent(url -> sources.add(new PackageSource(
          PackageSource.Kind.VCS, null, url, false, lock.location(pointer + "/git"))));
    }
    JsonNode declared = lock.at("/_meta/sources");
    for (int i = 0; i < declared.size(); i++) {
      String pointer = "/_meta/sources/" + i;
      lock.requireType(pointer + "/url", "a string", JsonNodeType.STRING);
      Optional<String> url = lock.text(pointer + "/url");
      if (url.isPresent()) {
        sources.add(new PackageSource(
            i == 0 ? PackageSource.Kind.INDEX : PackageSource.Kind.EXTRA_INDEX,
            lock.text(pointer + "/name").orElse(null), url.get(), false,
            lock.location(pointer + "/url")));
      }
    }
    return new PythonPackages(FILE, packages, sources);
  }

  /** The names Pipfile's [packages] lists, normalised; empty when there is no Pipfile. */
  private static Set<String> pipfilePackages(Function<String, Optional<String>> files) {
    Set<String> names = new HashSet<>();
    TomlFile.read(files, "Pipfile", "Correct the TOML syntax of Pipfile, then run `pipenv lock`.")
        .ifPresent(pipfile -> pipfile.root().path("packages").fieldNames()
            .forEachRemaining(name -> names.add(PythonNames.normalise(name))));
    return names;
  }
}
