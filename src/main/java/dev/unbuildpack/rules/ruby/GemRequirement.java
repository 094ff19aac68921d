package dev.unbuildpack.rules.ruby;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A RubyGems requirement list (">= 1.0, < 2", "~> 1.16"): every requirement must hold, as
 * Gem::Requirement#satisfied_by? decides.
 */
public record GemRequirement(List<Part> parts) {
  private static final Pattern PART = Pattern.compile("\\s*(=|!=|>=|<=|>|<|~>)?\\s*(\\S+)\\s*");

  /** One operator and version. */
  public record Part(String operator, GemVersion version) {}

  public GemRequirement {
    parts = List.copyOf(parts);
  }

  public static Optional<GemRequirement> parse(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    List<Part> parts = new ArrayList<>();
    for (String piece : text.split(",", -1)) {
      Matcher m = PART.matcher(piece);
      if (!m.matches()) {
        return Optional.empty();
      }
      Optional<GemVersion> version = GemVersion.parse(m.group(2));
      if (version.isEmpty()) {
        return Optional.empty();
      }
      parts.add(new Part(m.group(1) == null ? "=" : m.group(1), version.get()));
    }
    return Optional.of(new GemRequirement(parts));
  }

  public boolean satisfiedBy(GemVersion version) {
    return parts.stream().allMatch(part -> holds(part, version));
  }

  private static boolean holds(Part part, GemVersion v) {
    int cmp = v.compareTo(part.version());
    return switch (part.operator()) {
      case "=" -> cmp == 0;
      case "!=" -> cmp != 0;
      case ">" -> cmp > 0;
      case "<" -> cmp < 0;
      case ">=" -> cmp >= 0;
      case "<=" -> cmp <= 0;
      default -> cmp >= 0 && v.compareTo(bump(part.version())) < 0; // "~>"
    };
  }

  /**
   * Gem::Version#bump: drop pre-release parts, then the last segment (when there are two or
   * more), and add one to the new last: "~> 1.16.2" allows up to but not 1.17, "~> 1" up to 2.
   */
  static GemVersion bump(GemVersion version) {
    List<Long> numbers = new ArrayList<>();
    for (Object s : version.segments()) {
      if (s instanceof Long n) {
        numbers.add(n);
      } else {
        break;
      }
    }
    if (numbers.isEmpty()) {
      numbers.add(0L);
    }
    if (numbers.size() > 1) {
      numbers.remove(numbers.size() - 1);
    }
    numbers.set(numbers.size() - 1, numbers.get(numbers.size() - 1) + 1);
    List<Object> segments = new ArrayList<>(numbers);
    return new GemVersion(segments, segments.toString());
  }
}
