package dev.unbuildpack.check;

import dev.unbuildpack.app.AppDir;
import dev.unbuildpack.dockerfile.Dockerfile;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Checks an app's build-time secrets against its Dockerfile and the CI environment: everything
 * but the image scan ({@link ImageSecretScan}).
 */
public final class SecretCheck {
  private final CheckRules rules;
  private final FindingFactory findings;

  public SecretCheck(CheckRules rules) {
    this.rules = rules;
    this.findings = new FindingFactory(rules);
  }

  /**
   * @param needs what detection says about the app's secrets
   * @param dockerfile the parsed Dockerfile, or empty when the app has none
   * @param provided names of the secrets the CI passes, or empty when not known
   */
  public CheckReport run(AppDir app, AppNeeds needs, Optional<Dockerfile> dockerfile,
      Optional<Set<String>> provided) {
    List<CheckFinding> found = new ArrayList<>();
    List<String> notes = new ArrayList<>(needs.notes());
    List<Credential> scanned = new CredentialScanner(app, rules.patterns()).scan();
    // A line both detection and a pattern flag is one credential: the pattern names its kind.
    List<Credential> credentials = new ArrayList<>(needs.committed().stream()
        .filter(c -> scanned.stream().noneMatch(s -> s.file().equals(c.file())
            && java.util.Objects.equals(s.line(), c.line())))
        .toList());
    credentials.addAll(scanned);
    for (Credential credential : credentials) {
      found.add(hardCoded(credential));
    }
    if (dockerfile.isPresent()) {
      found.addAll(dockerfileFindings(app, needs.secrets(), dockerfile.get(), provided, credentials));
    } else {
      notes.add("No Dockerfile: only committed credentials were checked;"
          + " pass --dockerfile PATH to check one.");
    }
    if (provided.isEmpty()) {
      notes.add("The secrets this CI provides are unknown: CHECK-SECRET-NOT-PROVIDED was not"
          + " checked; pass --provided NAME,... or --from-env.");
    }
    return new CheckReport(app.name(),
        dockerfile.map(Dockerfile::file).orElse(null), needs.secrets(),
        provided.map(List::copyOf).orElse(null), null, found, notes);
  }

  private List<CheckFinding> dockerfileFindings(AppDir app, List<Need> needs, Dockerfile dockerfile,
      Optional<Set<String>> provided, List<Credential> credentials) {
    Set<String> secretNames = new TreeSet<>();
    needs.forEach(need -> secretNames.add(need.secret()));
    provided.ifPresent(secretNames::addAll);
    MountChecks mounts = new MountChecks(dockerfile, findings, rules.steps());
    InstructionLeaks leaks = new InstructionLeaks(dockerfile, findings);
    List<CheckFinding> found = new ArrayList<>(mounts.missing(needs));
    provided.ifPresent(names -> found.addAll(mounts.unavailable(needs, names)));
    found.addAll(leaks.argsAndEnv(secretNames));
    found.addAll(leaks.copies(credentials, DockerIgnore.of(app)));
    found.addAll(leaks.writes(secretNames));
    return found;
  }

  private CheckFinding hardCoded(Credential credential) {
    return findings.create(CheckRules.HARD_CODED, null,
        new CheckFinding.Place(credential.file(), credential.line()),
        java.util.Map.of("file", credential.file(), "what", credential.what(),
            "fingerprint", credential.fingerprint(), "how", credential.how()),
        List.of());
  }
}
