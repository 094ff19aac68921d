package dev.unbuildpack.rules;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.JsonNode;
import dev.unbuildpack.model.DebianRelease;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * The Debian packages a rule installs ("build" or "run"), as a rule file writes them: a list when
 * the names are the same on every supported release ({@code ["libpq5"]}), else a table keyed by
 * release ({@code { bookworm = ["libvips42"], trixie = ["libvips42t64"] }}), since trixie renamed
 * many libraries in its 64-bit time_t transition. RuleValidator checks that a table names every
 * supported release and nothing else.
 *
 * @param every the names on every release; empty when the rule names them per release
 * @param releases the names per release, in the file's order; empty for a plain list
 */
public record PackageNames(List<String> every, List<ReleaseNames> releases) {
  public static final PackageNames NONE = new PackageNames(List.of(), List.of());

  /** @param release a code name as the file wrote it ("trixie"); the validator checks it */
  public record ReleaseNames(String release, List<String> names) {
    public ReleaseNames {
      names = names == null ? List.of() : List.copyOf(names);
    }
  }

  public PackageNames {
    every = every == null ? List.of() : List.copyOf(every);
    releases = releases == null ? List.of() : List.copyOf(releases);
  }

  /** The same names on every release. */
  public static PackageNames of(String... names) {
    return new PackageNames(List.of(names), List.of());
  }

  /** Binds a rule file's value: a list of names, or a table of such lists keyed by release. */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  static PackageNames fromToml(JsonNode node) {
    if (node.isArray()) {
      return new PackageNames(names(node), List.of());
    }
    if (!node.isObject()) {
      throw new IllegalArgumentException(WRONG_TYPE);
    }
    List<ReleaseNames> releases = new ArrayList<>();
    node.fields().forEachRemaining(e -> {
      if (!e.getValue().isArray()) {
        throw new IllegalArgumentException(WRONG_TYPE);
      }
      releases.add(new ReleaseNames(e.getKey(), names(e.getValue())));
    });
    return new PackageNames(List.of(), releases);
  }

  static final String WRONG_TYPE = "has the wrong type: it must be a list of Debian package names, or a table of such"
      + " lists keyed by Debian release (bookworm = [...], trixie = [...])";

  private static List<String> names(JsonNode array) {
    List<String> names = new ArrayList<>();
    for (JsonNode item : array) {
      if (!item.isTextual()) {
        throw new IllegalArgumentException(WRONG_TYPE);
      }
      names.add(item.asText());
    }
    return names;
  }

  /** As a rule file writes it: the list, or the table. */
  @JsonValue
  Object toJson() {
    if (releases.isEmpty()) {
      return every;
    }
    Map<String, List<String>> table = new LinkedHashMap<>();
    releases.forEach(r -> table.put(r.release(), r.names()));
    return table;
  }

  /** The names to install on a release; none when a table leaves the release out. */
  public List<String> on(DebianRelease release) {
    if (releases.isEmpty()) {
      return every;
    }
    for (ReleaseNames names : releases) {
      if (names.release().equals(release.codename())) {
        return names.names();
      }
    }
    return List.of();
  }

  /** True when the names differ by release (the rule file wrote a table). */
  public boolean perRelease() {
    return !releases.isEmpty();
  }

  /** True when the rule installs nothing on any release. */
  public boolean isEmpty() {
    return every.isEmpty() && releases.stream().allMatch(r -> r.names().isEmpty());
  }

  /** Every name on any release, each once, in the file's order. */
  public List<String> allNames() {
    LinkedHashSet<String> all = new LinkedHashSet<>(every);
    releases.forEach(r -> all.addAll(r.names()));
    return List.copyOf(all);
  }
}
