package dev.unbuildpack.rules;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.unbuildpack.model.DebianRelease;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Debian releases an ecosystem's official image is published for, per exact runtime version
 * ({@code rules/<eco>/data/image-releases.toml}, copied from docker-library/official-images).
 *
 * @param image the official image's name ("node")
 * @param line how versions group into release lines, whose newest listed version stands for the
 *     versions that came out after the list: "major" (Node.js 24) or "minor" (Python 3.12)
 * @param tags the tags that must all be published for a version to count as published for a
 *     release, "{version}" and "{release}" standing for both ("{version}-{release}-slim")
 * @param date when the list was copied
 * @param source where it was copied from
 * @param release the versions each supported release is published with
 */
public record ImageReleases(String image, String line, List<String> tags, String date,
    RuleSource source, List<Published> release) {
  public ImageReleases {
    tags = List.copyOf(tags);
    release = List.copyOf(release);
  }

  /** @param name the release's code name; @param versions newest first */
  public record Published(String name, List<String> versions) {
    public Published {
      versions = List.copyOf(versions);
    }
  }

  /**
   * The supported releases a version's image is published for.
   *
   * @param releases oldest first; empty when none is
   * @param newestOfLine when the version came out after the list: its line's newest listed
   *     version, whose releases {@code releases} are; null when the list names the version
   */
  public record Availability(Set<DebianRelease> releases, String newestOfLine) {}

  private static final long MAX_BYTES = 1L << 20;

  private static final Map<String, Optional<ImageReleases>> SHIPPED =
      new ConcurrentHashMap<>();

  /** The shipped data file of an ecosystem, when it has one; read once per ecosystem. */
  public static Optional<ImageReleases> of(String ecosystem) {
    return SHIPPED.computeIfAbsent(ecosystem, ImageReleases::readShipped);
  }

  private static Optional<ImageReleases> readShipped(String ecosystem) {
    String file = file(ecosystem);
    if (!RuleData.exists(file)) {
      return Optional.empty();
    }
    try {
      return Optional.of(RuleData.read(file, ImageReleases.class));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("invalid rules/" + file + ": " + e.getOriginalMessage(), e);
    }
  }

  /**
   * The shipped list, replaced by the one {@code unbuildpack rules update} wrote under
   * {@code dataDir} when that one is valid and not older; a damaged file is passed over.
   */
  public static Optional<ImageReleases> preferring(String ecosystem, Path dataDir) {
    return of(ecosystem).map(shipped -> userList(dataDir, ecosystem)
        .filter(user -> user.date().compareTo(shipped.date()) >= 0).orElse(shipped));
  }

  /** "node/data/image-releases.toml". */
  static String file(String ecosystem) {
    return ecosystem + "/data/image-releases.toml";
  }

  /** Where the update command writes an ecosystem's list under a data folder. */
  public static Path file(Path dataDir, String ecosystem) {
    return dataDir.resolve("rules").resolve(file(ecosystem));
  }

  private static Optional<ImageReleases> userList(Path dataDir, String ecosystem) {
    return RuleData.readUserFile(file(dataDir, ecosystem), ImageReleases.class, MAX_BYTES)
        .filter(list -> list.problems().isEmpty());
  }

  /** What makes the list unusable; empty when it is valid. */
  public List<String> problems() {
    List<String> problems = new ArrayList<>();
    if (date == null || !date.matches("\\d{4}-\\d{2}-\\d{2}")) {
      problems.add("date '" + date + "' is not yyyy-mm-dd");
    }
    if (!"major".equals(line) && !"minor".equals(line)) {
      problems.add("line must be major or minor");
    }
    if (tags.isEmpty() || tags.stream().anyMatch(t -> !t.contains("{version}")
        || !t.contains("{release}"))) {
      problems.add("every tag must name {version} and {release}");
    }
    for (Published published : release) {
      if (DebianRelease.named(published.name()).isEmpty()) {
        problems.add("'" + published.name() + "' is no supported Debian release");
      }
      published.versions().stream().filter(v -> !v.matches(VERSION)).findFirst()
          .ifPresent(v -> problems.add("'" + v + "' is no exact version"));
    }
    return problems;
  }

  private static final String VERSION = "[0-9]{1,9}\\.[0-9]{1,9}\\.[0-9]{1,9}";

  /**
   * This list with the versions a newer text of the official-images library file publishes for
   * each supported release (every one of {@code tags} present), dated {@code today}. Versions
   * once published stay listed: the library file names only the current ones.
   *
   * @param library the text of docker-library/official-images {@code library/<image>}
   * @param url where it was read
   */
  public ImageReleases withLibrary(String library, String url, LocalDate today) {
    Map<DebianRelease, Map<String, Set<String>>> found = new EnumMap<>(DebianRelease.class);
    for (String tagLine : library.lines().filter(l -> l.startsWith("Tags:")).toList()) {
      for (String tag : tagLine.substring("Tags:".length()).split(",")) {
        for (DebianRelease debian : DebianRelease.values()) {
          for (String pattern : tags) {
            Matcher m = Pattern.compile(Pattern.quote(pattern)
                .replace("{version}", "\\E(" + VERSION + ")\\Q")
                .replace("{release}", debian.codename())).matcher(tag.strip());
            if (m.matches()) {
              found.computeIfAbsent(debian, r -> new HashMap<>())
                  .computeIfAbsent(m.group(1), v -> new HashSet<>()).add(pattern);
            }
          }
        }
      }
    }
    List<Published> merged = new ArrayList<>();
    for (DebianRelease debian : DebianRelease.values()) {
      Set<String> versions = new HashSet<>();
      release.stream().filter(p -> p.name().equals(debian.codename()))
          .forEach(p -> versions.addAll(p.versions()));
      found.getOrDefault(debian, Map.of()).forEach((version, matched) -> {
        if (matched.size() == tags.size()) {
          versions.add(version);
        }
      });
      merged.add(new Published(debian.codename(),
          versions.stream().sorted((a, b) -> compare(b, a)).toList()));
    }
    Collections.reverse(merged);
    return new ImageReleases(image, line, tags, today.toString(),
        new RuleSource(null, null, url, null, "as read", today.toString()), merged);
  }

  /** The data file's text, as the update command writes it. */
  public String toToml() {
    StringBuilder out = new StringBuilder()
        .append("# The Debian releases the official ").append(image).append(" image is published")
        .append(" for, per exact version.\n# Written by 'unbuildpack rules update'.\n")
        .append("image = ").append(quoted(image)).append('\n')
        .append("line = ").append(quoted(line)).append('\n')
        .append("tags = [").append(String.join(", ", tags.stream().map(ImageReleases::quoted)
            .toList())).append("]\n")
        .append("date = ").append(quoted(date)).append('\n')
        .append("source = { doc = ").append(quoted(source.doc())).append(", ref = ")
        .append(quoted(source.ref())).append(", date = ").append(quoted(source.date()))
        .append(" }\n");
    for (Published published : release) {
      out.append("\n[[release]]\nname = ").append(quoted(published.name()))
          .append("\nversions = [\n");
      for (int i = 0; i < published.versions().size(); i += 8) {
        out.append("  ").append(String.join(", ", published.versions()
            .subList(i, Math.min(i + 8, published.versions().size())).stream()
            .map(ImageReleases::quoted).toList())).append(",\n");
      }
      out.append("]\n");
    }
    return out.toString();
  }

  /** A TOML basic string; the values are versions, names and a URL the user typed. */
  private static String quoted(String text) {
    StringBuilder out = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c < 0x20 || c == 0x7f) {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.append('"').toString();
  }

  /** The releases the exact version's image is published for. */
  public Availability availability(String version) {
    Set<DebianRelease> listed = releasesOf(version);
    if (!listed.isEmpty()) {
      return new Availability(listed, null);
    }
    Optional<String> newest = newestOfLine(version);
    if (newest.isPresent() && compare(version, newest.get()) > 0) {
      return new Availability(releasesOf(newest.get()), newest.get());
    }
    return new Availability(EnumSet.noneOf(DebianRelease.class), null);
  }

  /** The oldest version published for a release, of one line or (line null) of any. */
  public Optional<String> oldestOn(DebianRelease debian, String line) {
    return release.stream().filter(p -> p.name().equals(debian.codename()))
        .flatMap(p -> p.versions().stream())
        .filter(v -> line == null || lineOf(v).equals(line)).min(ImageReleases::compare);
  }

  /** "official-images library/node, 2026-08-21". */
  public String cited() {
    return "official-images library/" + image + ", " + date;
  }

  private Set<DebianRelease> releasesOf(String version) {
    Set<DebianRelease> found = EnumSet.noneOf(DebianRelease.class);
    for (Published published : release) {
      if (published.versions().contains(version)) {
        DebianRelease.named(published.name()).ifPresent(found::add);
      }
    }
    return found;
  }

  private Optional<String> newestOfLine(String version) {
    String line = lineOf(version);
    return release.stream().flatMap(p -> p.versions().stream())
        .filter(v -> lineOf(v).equals(line)).max(ImageReleases::compare);
  }

  /** "24" of "24.19.0" for major lines, "3.12" of "3.12.7" for minor ones. */
  public String lineOf(String version) {
    String[] parts = version.split("\\.");
    int length = "minor".equals(line) ? 2 : 1;
    return parts.length < length ? version : String.join(".", List.of(parts).subList(0, length));
  }

  /** Dotted numbers compared part by part; a part that is no number sorts first. */
  static int compare(String a, String b) {
    String[] x = a.split("\\.");
    String[] y = b.split("\\.");
    for (int i = 0; i < Math.max(x.length, y.length); i++) {
      int c = Long.compare(number(x, i), number(y, i));
      if (c != 0) {
        return c;
      }
    }
    return 0;
  }

  private static long number(String[] parts, int i) {
    if (i >= parts.length || !parts[i].matches("[0-9]{1,18}")) {
      return -1;
    }
    return Long.parseLong(parts[i]);
  }
}
