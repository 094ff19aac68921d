package dev.unbuildpack.generate;

import dev.unbuildpack.model.Detection;
import dev.unbuildpack.plan.BuildPlan;
import dev.unbuildpack.plan.PlanOptions;
import dev.unbuildpack.plan.Planner;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The files convert writes, by name in a fixed order, with the plan they render.
 *
 * @param files file name (relative to the output folder) to its text
 */
public record Conversion(BuildPlan plan, Map<String, String> files) {
  public static final String DOCKERFILE = "Dockerfile";
  /** The name in the app folder; written elsewhere it is "Dockerfile.dockerignore". */
  public static final String DOCKERIGNORE = ".dockerignore";
  public static final String COMPOSE = "compose.yaml";
  public static final String REPORT = "unbuildpack-report.md";

  public Conversion {
    files = Collections.unmodifiableMap(new LinkedHashMap<>(files));
  }

  /** Plans the app and renders all four files. */
  public static Conversion of(Detection detection, PlanOptions options, RuleDescriptions rules) {
    BuildPlan plan = Planner.plan(detection, options);
    Map<String, String> files = new LinkedHashMap<>();
    files.put(DOCKERFILE, DockerfileRenderer.render(plan));
    // Beside the Dockerfile under the name BuildKit reads there when the app is elsewhere.
    files.put(plan.buildContext().ignoreFile(), DockerignoreRenderer.render(plan));
    files.put(COMPOSE, ComposeRenderer.render(plan));
    files.put(REPORT, ReportRenderer.render(detection, plan, rules));
    return new Conversion(plan, files);
  }

  /** This conversion with {@code more} files after its own (convert --jib's). */
  public Conversion with(Map<String, String> more) {
    Map<String, String> all = new LinkedHashMap<>(files);
    all.putAll(more);
    return new Conversion(plan, all);
  }
}
