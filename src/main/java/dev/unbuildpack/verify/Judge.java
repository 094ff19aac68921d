package dev.unbuildpack.verify;

import dev.unbuildpack.diff.Category;
import dev.unbuildpack.diff.Change;
import dev.unbuildpack.diff.ChangeKind;
import dev.unbuildpack.diff.ImageDiff;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Turns the diff and the runs into a verdict per category, with defaults that fit a conversion:
 * what breaks the app fails (a library B's native code cannot load, a runtime at another major
 * or minor, an app package missing, a process that does not run), what a reviewer should look at
 * warns (a runtime at another patch, a package at another version), and what a conversion is
 * expected to change passes with a note (the stack's packages B does without, devDependencies
 * and build tools only A kept, the image configuration). {@code --fail-on} turns any finding of a
 * named category into a failure.
 */
public final class Judge {
  /** Verify's own categories, besides the diff's. */
  public static final String WEB = "web";
  public static final String PROCESSES = "processes";

  /** Packages a build uses and a runtime never needs: A may keep them, B need not. */
  static final Set<String> BUILD_TOOLS =
      Set.of("npm", "yarn", "pnpm", "corepack", "node-gyp", "npx");

  private final Set<String> failOn;
  private final Set<String> devOnly;
  /** A's packages in the app folder ("npm:express"); null: every package counts as the app's. */
  private final Set<String> appPackages;

  /**
   * @param failOn category ids whose findings fail whatever their default level
   * @param devOnly names of the app's devDependencies (from package.json and the lockfile)
   */
  public Judge(Collection<String> failOn, Collection<String> devOnly) {
    this(failOn, devOnly, null);
  }

  private Judge(Collection<String> failOn, Collection<String> devOnly, Set<String> appPackages) {
    this.failOn = Set.copyOf(failOn);
    this.devOnly = Set.copyOf(devOnly);
    this.appPackages = appPackages == null ? null : Set.copyOf(appPackages);
  }

  /** Every category id {@code --fail-on} accepts, in report order. */
  public static List<String> categoryIds() {
    return Stream.concat(Stream.of(WEB, PROCESSES), Category.ids().stream()).toList();
  }

  /**
   * The verdicts in report order.
   *
   * @param diff A against B, or null without a reference image
   * @param stackGaps without a reference: libraries B's native code needs, B lacks and the stack
   *     had (kind removed, scope the ELF object, subject the library, detail the stack package)
   * @param runsA A's runs, or null without a reference image
   * @param runsB B's runs
   */
  public List<CategoryVerdict> judge(
      ImageDiff diff, List<Change> stackGaps, List<ProcessRun> runsA, List<ProcessRun> runsB) {
    return verdicts(diff, stackGaps, runsA, runsB);
  }

  /**
   * As above, knowing which of A's language packages are the app's: those installed in the app
   * folder ("npm:express"). A package only A had elsewhere (the stack's own jars and Python
   * modules, a global tool) is not one the app loads. Null: every package counts as the app's.
   */
  public List<CategoryVerdict> judge(ImageDiff diff, List<Change> stackGaps,
      List<ProcessRun> runsA, List<ProcessRun> runsB, Set<String> appPackagesOfA) {
    return new Judge(failOn, devOnly, appPackagesOfA).verdicts(diff, stackGaps, runsA, runsB);
  }

  private List<CategoryVerdict> verdicts(
      ImageDiff diff, List<Change> stackGaps, List<ProcessRun> runsA, List<ProcessRun> runsB) {
    List<CategoryVerdict> verdicts = new ArrayList<>();
    verdicts.add(web(runsA, runsB));
    verdicts.add(processes(runsA, runsB));
    for (Category category : Category.values()) {
      List<Change> changes = diff == null ? baselineChanges(category, stackGaps)
          : diff.category(category).changes();
      verdicts.add(category(category, changes, diff == null));
    }
    return verdicts;
  }

  /** Without A: the stack's lost libraries are missing, the others unresolved in B alone. */
  private static List<Change> baselineChanges(Category category, List<Change> stackGaps) {
    ChangeKind kind = switch (category) {
      case MISSING_LIBRARY -> ChangeKind.REMOVED;
      case UNRESOLVED_LIBRARY -> ChangeKind.ADDED;
      default -> null;
    };
    return stackGaps.stream().filter(gap -> gap.kind() == kind).toList();
  }

  /** The worst level of all. */
  public static Level overall(List<CategoryVerdict> verdicts) {
    return verdicts.stream().map(CategoryVerdict::level).reduce(Level.PASS, Level::worst);
  }

  private CategoryVerdict category(Category category, List<Change> changes, boolean baseline) {
    List<Finding> findings = changes.stream().map(change -> finding(category, change, baseline))
        .toList();
    return verdict(category.id(), category.title(), findings);
  }

  private Finding finding(Category category, Change change, boolean baseline) {
    String what = describe(change);
    return switch (category) {
      case MISSING_LIBRARY -> new Finding(Level.FAIL, baseline
          ? change.scope() + " needs " + change.subject() + ", which B lacks and the Heroku stack"
              + " had; " + change.detail()
          : what);
      case UNRESOLVED_LIBRARY -> new Finding(
          change.kind() == ChangeKind.ADDED ? Level.WARN : Level.PASS, what);
      case RUNTIME_VERSION -> new Finding(runtimeLevel(change), what);
      case REMOVED_LANGUAGE_PACKAGE -> devOrTool(change)
          ? new Finding(Level.PASS, what + ": a devDependency or build tool, not needed at run time")
          : !appPackage(change)
              ? new Finding(Level.PASS, what + ": outside the app folder in A (the stack's or a"
                  + " tool's), not the app's")
              : new Finding(Level.FAIL, what + ": the app may need it at run time");
      case CHANGED_LANGUAGE_PACKAGE -> devOrTool(change) || !appPackage(change)
          ? new Finding(Level.PASS, what)
          : new Finding(Level.WARN, what);
      default -> new Finding(Level.PASS, what);
    };
  }

  private boolean appPackage(Change change) {
    return appPackages == null || appPackages.contains(change.scope() + ":" + change.subject());
  }

  /** A's language packages in the app folder (/app, or a CNB image's /workspace), as eco:name. */
  public static Set<String> appPackages(dev.unbuildpack.inventory.Inventory a) {
    return a.packages().stream()
        .filter(p -> p.location() != null && (p.location().startsWith("/app/")
            || p.location().startsWith("/workspace/")) && !p.location().startsWith("/app/.heroku/"))
        .map(p -> p.ecosystem() + ":" + p.name())
        .collect(Collectors.toSet());
  }

  private boolean devOrTool(Change change) {
    return devOnly.contains(change.subject()) || BUILD_TOOLS.contains(change.subject())
        || (change.detail() != null && Stream.of("/node_modules/npm/", "/node_modules/corepack/")
            .anyMatch(change.detail()::contains));
  }

  /** Another major or minor fails (APIs differ), another patch warns, B lacking it fails. */
  static Level runtimeLevel(Change change) {
    if (change.kind() == ChangeKind.ADDED) {
      return Level.PASS;
    }
    if (change.kind() == ChangeKind.REMOVED || change.before() == null || change.after() == null) {
      return Level.FAIL;
    }
    List<String> a = List.of(change.before().replaceFirst("^v", "").split("\\."));
    List<String> b = List.of(change.after().replaceFirst("^v", "").split("\\."));
    boolean sameMinor = a.size() >= 2 && b.size() >= 2
        && a.get(0).equals(b.get(0)) && a.get(1).equals(b.get(1));
    return sameMinor ? Level.WARN : Level.FAIL;
  }

  private CategoryVerdict web(List<ProcessRun> runsA, List<ProcessRun> runsB) {
    List<Finding> findings = new ArrayList<>();
    Optional<ProcessRun> b = runsB.stream().filter(ProcessRun::web).findFirst();
    Optional<ProcessRun> a = runsA == null ? Optional.empty()
        : runsA.stream().filter(ProcessRun::web).findFirst();
    if (b.isEmpty()) {
      findings.add(new Finding(Level.PASS, "the app has no web process"));
    } else if (b.get().outcome() != ProcessOutcome.ANSWERED) {
      String inA = a.map(run -> run.outcome() == ProcessOutcome.ANSWERED
          ? "; A's answered " + run.status() : "; A's did not answer either").orElse("");
      findings.add(new Finding(Level.FAIL,
          "B's web process " + describe(b.get()) + inA));
    } else {
      ProcessRun answered = b.get();
      Level level = answered.status() >= 500 ? Level.FAIL : Level.PASS;
      String note = "B answered " + answered.status() + " after " + answered.millisToAnswer()
          + " ms";
      if (a.isPresent() && a.get().status() != null
          && !a.get().status().equals(answered.status())) {
        level = level.worst(Level.WARN);
        note += "; A answered " + a.get().status();
      }
      findings.add(new Finding(level, note));
    }
    return verdict(WEB, "Web process answers HTTP on $PORT", findings, f -> f.level != Level.PASS);
  }

  private CategoryVerdict processes(List<ProcessRun> runsA, List<ProcessRun> runsB) {
    Map<String, ProcessRun> inA = runsA == null ? Map.of() : runsA.stream()
        .collect(Collectors.toMap(ProcessRun::type, Function.identity(), (x, y) -> x));
    List<Finding> findings = new ArrayList<>();
    for (ProcessRun run : runsB) {
      if (run.web()) {
        continue;
      }
      ProcessRun a = inA.get(run.type());
      if (run.outcome() == ProcessOutcome.RUNNING) {
        findings.add(new Finding(Level.PASS, run.type() + " still running after the grace period"));
      } else if (a != null && a.outcome() != ProcessOutcome.RUNNING) {
        findings.add(new Finding(Level.WARN, run.type() + " " + describe(run)
            + " in B, and in A too"));
      } else {
        findings.add(new Finding(Level.FAIL, run.type() + " " + describe(run)));
      }
    }
    return verdict(PROCESSES, "Other long-running processes stay up", findings,
        f -> f.level != Level.PASS);
  }

  private CategoryVerdict verdict(String id, String title, List<Finding> findings) {
    return verdict(id, title, findings, f -> true);
  }

  /** {@code counts}: which findings --fail-on counts (a running process is not a finding). */
  private CategoryVerdict verdict(String id, String title, List<Finding> findings,
      java.util.function.Predicate<Finding> counts) {
    Level level = findings.stream().map(Finding::level).reduce(Level.PASS, Level::worst);
    if (failOn.contains(id) && findings.stream().anyMatch(counts)) {
      level = Level.FAIL;
    }
    return new CategoryVerdict(id, title, level,
        findings.stream().map(Finding::note).toList());
  }

  static String describe(ProcessRun run) {
    return switch (run.outcome()) {
      case ANSWERED -> "answered " + run.status();
      case NO_ANSWER -> "did not answer within the timeout";
      case EXITED -> "exited with code " + run.exitCode();
      case RUNNING -> "is running";
      case NOT_STARTED -> "could not start";
    };
  }

  static String describe(Change change) {
    String scope = change.scope() == null ? "" : change.scope() + " ";
    String values = switch (change.kind()) {
      case ADDED -> "only in B" + (change.after() == null ? "" : " (" + change.after() + ")");
      case REMOVED -> "only in A" + (change.before() == null ? "" : " (" + change.before() + ")");
      case CHANGED -> change.before() + " → " + change.after();
    };
    return scope + change.subject() + ": " + values
        + (change.detail() == null ? "" : "; " + change.detail());
  }

  private record Finding(Level level, String note) {}
}
