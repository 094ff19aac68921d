package dev.unbuildpack.plan;

import dev.unbuildpack.model.BuildSecret;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The BuildKit secrets of a plan: the app's, each where it was found, then the extra CA. */
final class Secrets {
  /** The secret id of the --extra-ca bundle; the build reads it at /run/secrets/extra-ca. */
  static final String EXTRA_CA = "extra-ca";

  private Secrets() {}

  static List<PlanSecret> of(
      List<BuildSecret> declared, List<PlanStep> steps, String extraCaFile) {
    Map<String, PlanSecret> byId = new LinkedHashMap<>();
    for (BuildSecret secret : declared) {
      String where = secret.line() == null ? secret.file() : secret.file() + ":" + secret.line();
      byId.putIfAbsent(
          secret.name(),
          new PlanSecret(secret.name(), false, where, secret.rule(), usedBy(secret.name(), steps)));
    }
    for (PlanStep step : steps) {
      for (String id : step.secrets()) {
        byId.putIfAbsent(id, new PlanSecret(id, false, null, step.rule(), usedBy(id, steps)));
      }
    }
    List<PlanSecret> all = new ArrayList<>(byId.values());
    all.sort(Comparator.comparing(PlanSecret::id));
    if (extraCaFile != null) {
      List<String> phases =
          steps.stream().filter(PlanStep::extraCa).map(PlanStep::phase).distinct().toList();
      all.add(new PlanSecret(EXTRA_CA, true, extraCaFile, null, phases));
    }
    return all;
  }

  private static List<String> usedBy(String id, List<PlanStep> steps) {
    return steps.stream()
        .filter(step -> step.secrets().contains(id))
        .map(PlanStep::phase)
        .distinct()
        .toList();
  }
}
