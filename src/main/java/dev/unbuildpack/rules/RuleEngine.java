package dev.unbuildpack.rules;

import dev.unbuildpack.app.AppDir;
import dev.unbuildpack.common.Location;
import dev.unbuildpack.detect.Detector;
import dev.unbuildpack.detect.EcosystemFacts;
import dev.unbuildpack.detect.go.GoFacts;
import dev.unbuildpack.detect.heroku.HerokuFiles;
import dev.unbuildpack.detect.jvm.GradleFacts;
import dev.unbuildpack.detect.jvm.MavenFacts;
import dev.unbuildpack.detect.jvm.SbtFacts;
import dev.unbuildpack.detect.node.NodeFacts;
import dev.unbuildpack.detect.python.PythonFacts;
import dev.unbuildpack.detect.ruby.RubyFacts;
import dev.unbuildpack.model.DebianRelease;
import dev.unbuildpack.model.Detection;
import dev.unbuildpack.rules.go.GoRules;
import dev.unbuildpack.rules.jvm.GradleRules;
import dev.unbuildpack.rules.jvm.MavenRules;
import dev.unbuildpack.rules.jvm.SbtRules;
import dev.unbuildpack.rules.node.Releases;
import dev.unbuildpack.rules.node.NodeRules;
import dev.unbuildpack.rules.python.PythonRules;
import dev.unbuildpack.rules.ruby.RubyRules;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** Detects an app's ecosystems and applies the rules: the whole of {@code unbuildpack detect}. */
public final class RuleEngine {
  private final RuleSet rules;
  private final Releases releases;
  private final LocalDate today;
  private final Function<String, Optional<ImageReleases>> images;

  /** @param today the date the release lists' age is judged against */
  public RuleEngine(RuleSet rules, Releases releases, LocalDate today) {
    this(rules, releases, today, ImageReleases::of);
  }

  /** @param images the official images' Debian releases of an ecosystem, if it has a list */
  RuleEngine(RuleSet rules, Releases releases, LocalDate today,
      Function<String, Optional<ImageReleases>> images) {
    this.rules = rules;
    this.releases = releases;
    this.today = today;
    this.images = images;
  }

  private static RuleEngine builtIn;

  /**
   * The engine with the rules shipped in unbuildpack and the release lists in use (the user's
   * refreshed ones where valid and newer, see {@link DataFolder}), loaded once.
   */
  public static synchronized RuleEngine builtIn() {
    if (builtIn == null) {
      Path data = DataFolder.user();
      builtIn = new RuleEngine(RuleSet.builtIn(), Releases.preferring(data), DataFolder.today(),
          ecosystem -> ImageReleases.preferring(ecosystem, data));
    }
    return builtIn;
  }

  /** One line per ecosystem: the rules that decide for it. */
  private EcosystemRules rulesFor(String ecosystem) {
    return switch (ecosystem) {
      case NodeFacts.ID -> new NodeRules(rules, releases, today);
      case PythonFacts.ID -> new PythonRules(rules);
      case RubyFacts.ID -> new RubyRules(rules, today);
      case GoFacts.ID -> new GoRules(rules);
      case MavenFacts.ID -> new MavenRules(rules);
      case GradleFacts.ID -> new GradleRules(rules);
      case SbtFacts.ID -> new SbtRules(rules);
      // one line per ecosystem
      default -> throw new IllegalStateException("no rules for ecosystem " + ecosystem);
    };
  }

  /**
   * The platform rules, then each language buildpack's rules in the order Heroku runs the
   * buildpacks ({@link BuildpackOrder}): every step and default process is stamped with the
   * ecosystem whose rules add it, and the buildpack that releases last decides the defaults.
   */
  public Detection detect(AppDir app) {
    return detect(app, Optional.empty());
  }

  /** @param debian the Debian release the user pinned (--debian); empty to let the rules choose */
  public Detection detect(AppDir app, Optional<DebianRelease> debian) {
    return detect(app, debian, false);
  }

  /**
   * The detection with the rules of every ecosystem the app has files of, including those
   * Heroku would ignore (not listed, or not first in its detection order), each finding still
   * saying so: for {@code check}, since a Dockerfile written by hand may build them.
   */
  public Detection detectEveryEcosystem(AppDir app) {
    return detect(app, Optional.empty(), true);
  }

  private Detection detect(AppDir app, Optional<DebianRelease> debian, boolean every) {
    HerokuFiles heroku = HerokuFiles.read(app);
    ConfigVars config = new ConfigVars(heroku);
    DetectionDraft draft = new DetectionDraft(app.name());
    BuildpackRules buildpacks = new BuildpackRules(rules, heroku);
    BuildpackOrder order = new BuildpackOrder(rules, buildpacks);
    List<Detector> run = every ? order.every(app, draft) : order.choose(app, draft);
    List<EcosystemFacts> facts = run.stream().map(d -> d.facts(app)).toList();
    HerokuRules platform = new HerokuRules(rules);
    platform.apply(heroku, buildpacks,
        path -> app.isFile(path) || facts.stream().anyMatch(f -> f.builds(path)), draft);
    for (EcosystemFacts ecosystem : facts) {
      draft.whileRunning(ecosystem.ecosystem(),
          () -> rulesFor(ecosystem.ecosystem()).apply(ecosystem, heroku, config, draft));
    }
    order.release(run, draft);
    new DebianReleaseRules(rules, images).apply(draft, debian);
    platform.configVars(config, draft);
    platform.ignore(heroku, draft);
    Rule outside = rules.rule("HEROKU-LINK-OUTSIDE");
    // Sorted: which reader met a link first depends on the order files are read in.
    app.refusedLinks().stream().sorted().forEach(link -> draft.finding(outside, link + " points outside the app;"
        + " it was not read.", Location.of(link)));
    return draft.build();
  }
}
