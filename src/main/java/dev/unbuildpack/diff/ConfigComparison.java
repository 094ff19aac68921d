package dev.unbuildpack.diff;

import dev.unbuildpack.inventory.ImageConfig;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The image configuration: env by name, ports as a set, the rest as whole values. */
final class ConfigComparison {
  private static final ImageConfig EMPTY =
      new ImageConfig(null, null, null, null, null, null, null, null, null);

  private ConfigComparison() {}

  static Map<Category, List<Change>> compare(ImageConfig before, ImageConfig after) {
    ImageConfig a = before == null ? EMPTY : before;
    ImageConfig b = after == null ? EMPTY : after;
    Map<Category, List<Change>> changes = new EnumMap<>(Category.class);
    changes.put(Category.ENV, keyed(EnvValues.parse(a.env()), EnvValues.parse(b.env())));
    changes.put(Category.ENTRYPOINT, whole("entrypoint", a, b, c -> execForm(c.entrypoint())));
    changes.put(Category.CMD, whole("cmd", a, b, c -> execForm(c.cmd())));
    changes.put(Category.USER, whole("user", a, b, c -> blankToNull(c.user())));
    changes.put(Category.WORKDIR, whole("workdir", a, b, c -> blankToNull(c.workdir())));
    changes.put(Category.PORTS, keyed(asKeys(a.exposedPorts()), asKeys(b.exposedPorts())));
    return changes;
  }

  private static List<Change> keyed(Map<String, String> before, Map<String, String> after) {
    List<Change> changes = new ArrayList<>();
    for (Changes.Difference<String> d : Changes.compare(before, after)) {
      changes.add(new Change(d.kind(), null, d.key(), d.before(), d.after(), null));
    }
    return Changes.sorted(changes);
  }

  private static List<Change> whole(
      String subject, ImageConfig a, ImageConfig b, Function<ImageConfig, String> field) {
    String before = field.apply(a);
    String after = field.apply(b);
    if (Objects.equals(before, after)) {
      return List.of();
    }
    ChangeKind kind =
        before == null ? ChangeKind.ADDED : after == null ? ChangeKind.REMOVED : ChangeKind.CHANGED;
    return List.of(new Change(kind, null, subject, before, after, null));
  }

  /** Ports have no value of their own: the side that has one shows "exposed". */
  private static Map<String, String> asKeys(List<String> values) {
    return values == null
        ? Map.of()
        : values.stream()
            .collect(Collectors.toMap(v -> v, v -> "exposed", (x, y) -> x, TreeMap::new));
  }

  /** The Dockerfile exec form, ["npm", "start"], so a reviewer sees the exact argument split. */
  static String execForm(List<String> args) {
    if (args == null || args.isEmpty()) {
      return null;
    }
    return args.stream().map(ConfigComparison::quoted).collect(Collectors.joining(", ", "[", "]"));
  }

  private static String quoted(String arg) {
    return '"' + arg.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }
}
