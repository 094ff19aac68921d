package dev.unbuildpack.check;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.unbuildpack.model.Severity;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The result of {@code unbuildpack check}: the app's needs, what the CI provides (names only), the
 * findings, and notes on checks that could not run. The JSON contract is
 * src/main/resources/schema/check.schema.json.
 *
 * @param dockerfile the Dockerfile checked, or null when the app has none
 * @param provided names of the secrets the CI provides, sorted; null when not given
 * @param image the image scanned for secret values, or null
 * @param notes checks that were skipped and why
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"schema", "app", "dockerfile", "image", "needs", "provided", "findings",
    "notes", "summary"})
public record CheckReport(
    String app,
    String dockerfile,
    List<Need> needs,
    List<String> provided,
    String image,
    List<CheckFinding> findings,
    List<String> notes) {
  public static final String SCHEMA = "unbuildpack-check/1";

  private static final Comparator<CheckFinding> ORDER = Comparator
      .comparing(CheckFinding::file)
      .thenComparing(CheckFinding::line, Comparator.nullsFirst(Comparator.naturalOrder()))
      .thenComparing(CheckFinding::rule)
      .thenComparing(CheckFinding::secret, Comparator.nullsFirst(Comparator.naturalOrder()))
      .thenComparing(CheckFinding::message);

  public CheckReport {
    needs = List.copyOf(needs);
    provided = provided == null ? null : provided.stream().sorted().distinct().toList();
    findings = findings.stream().distinct().sorted(ORDER).toList();
    notes = List.copyOf(notes);
  }

  @JsonProperty("schema")
  public String schema() {
    return SCHEMA;
  }

  /** Number of findings per severity, every severity present. */
  @JsonProperty("summary")
  public Map<String, Integer> summary() {
    Map<String, Integer> counts = new TreeMap<>();
    for (Severity severity : Severity.values()) {
      counts.put(severity.id(), (int) findings.stream().filter(f -> f.severity() == severity).count());
    }
    return counts;
  }

  /** True when a finding is at least as severe as the threshold (exit code 1). */
  public boolean failsAt(Severity threshold) {
    return findings.stream().anyMatch(f -> f.severity().atLeast(threshold));
  }

  public CheckReport withImageFindings(String imageName, List<CheckFinding> imageFindings,
      List<String> imageNotes) {
    List<CheckFinding> all = new java.util.ArrayList<>(findings);
    all.addAll(imageFindings);
    List<String> allNotes = new java.util.ArrayList<>(notes);
    allNotes.addAll(imageNotes);
    return new CheckReport(app, dockerfile, needs, provided, imageName, all, allNotes);
  }
}
