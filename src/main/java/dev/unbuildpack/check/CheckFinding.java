package dev.unbuildpack.check;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import dev.unbuildpack.model.Severity;
import java.util.List;

/**
 * One result of {@code unbuildpack check}. Never holds a secret's value: only names, locations and
 * masked fingerprints.
 *
 * @param rule the rule id (CHECK-...)
 * @param name the rule's slug
 * @param secret the secret's name, or null when unknown (a literal credential)
 * @param file where to fix it: relative to the app, or the image when no Dockerfile is known
 * @param line 1-based, or null (image findings)
 * @param related other places that explain the finding (where the secret is needed)
 * @param identity what makes this finding this one and no other, lines left out: the same finding
 *     after an edit above it keeps its identity (SARIF fingerprints are made from it)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CheckFinding(
    String rule,
    String name,
    Severity severity,
    String secret,
    String file,
    Integer line,
    String message,
    String fix,
    List<Place> related,
    @JsonIgnore String identity) {
  public CheckFinding {
    related = List.copyOf(related);
  }

  /** A file and an optional 1-based line. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Place(String file, Integer line) {
    @Override
    public String toString() {
      return line == null ? file : file + ":" + line;
    }
  }
}
