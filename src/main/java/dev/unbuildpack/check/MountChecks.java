package dev.unbuildpack.check;

import dev.unbuildpack.dockerfile.Dockerfile;
import dev.unbuildpack.dockerfile.Instruction;
import dev.unbuildpack.dockerfile.Mount;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * CHECK-SECRET-NOT-MOUNTED (a step that needs a secret does not mount it) and
 * CHECK-SECRET-NOT-PROVIDED (a mounted secret the CI does not provide). A step "needs" a secret
 * when it runs a build command that detection tied to that secret (or one doing the same job,
 * {@link StepMatcher}); when no RUN runs one, the secret must at least be mounted somewhere.
 */
final class MountChecks {
  private final Dockerfile dockerfile;
  private final FindingFactory findings;
  private final StepMatcher steps;

  MountChecks(Dockerfile dockerfile, FindingFactory findings, StepMatcher steps) {
    this.dockerfile = dockerfile;
    this.findings = findings;
    this.steps = steps;
  }

  List<CheckFinding> missing(List<Need> needs) {
    List<CheckFinding> found = new ArrayList<>();
    List<Instruction> runs = dockerfile.all("RUN");
    for (Need need : needs) {
      List<Instruction> needing =
          runs.stream().filter(run -> steps.runsAnyOf(run, need.commands())).toList();
      if (needing.isEmpty()
          && runs.stream().noneMatch(run -> mountFor(run, need.secret()).isPresent())) {
        found.add(findings.create("CHECK-SECRET-NOT-MOUNTED", need.secret(), need.place(),
            values(need, "any RUN step of " + dockerfile.file()), List.of(dockerfilePlace(null))));
      }
      for (Instruction step : needing) {
        if (mountFor(step, need.secret()).isEmpty()) {
          found.add(findings.create("CHECK-SECRET-NOT-MOUNTED", need.secret(), dockerfilePlace(step),
              values(need, FindingFactory.label(step)), List.of(need.place())));
        }
      }
    }
    return found;
  }

  List<CheckFinding> unavailable(List<Need> needs, Set<String> provided) {
    List<CheckFinding> found = new ArrayList<>();
    for (Need need : needs) {
      for (Instruction run : dockerfile.all("RUN")) {
        Optional<Mount> mount = mountFor(run, need.secret());
        if (mount.isPresent() && !provided.contains(mount.get().id())) {
          Map<String, String> values = new java.util.HashMap<>(values(need, FindingFactory.label(run)));
          values.put("id", mount.get().id());
          found.add(findings.create("CHECK-SECRET-NOT-PROVIDED", need.secret(), dockerfilePlace(run), values,
              List.of(need.place())));
        }
      }
    }
    return found;
  }

  /** The secret mount that hands {@code secret} to the step: by id, or as its env variable. */
  static Optional<Mount> mountFor(Instruction run, String secret) {
    return run.secretMounts().stream()
        .filter(m -> secret.equals(m.id()) || secret.equals(m.env()))
        .findFirst();
  }

  private CheckFinding.Place dockerfilePlace(Instruction instruction) {
    return new CheckFinding.Place(dockerfile.file(), instruction == null ? null : instruction.line());
  }

  private static Map<String, String> values(Need need, String instruction) {
    return Map.of("secret", need.secret(), "need", need.place().toString(),
        "instruction", instruction);
  }
}
