package dev.unbuildpack.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unbuildpack.common.BadInputException;
import dev.unbuildpack.model.DebianRelease;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Broken rule files fail with exit code 3 and a message naming file, rule and key. */
class RuleLoaderTest {
  private static BadInputException loadBroken(String name) throws URISyntaxException {
    Path folder = Path.of(RuleLoaderTest.class.getResource("/rules-broken/" + name).toURI());
    return assertThrows(BadInputException.class, () -> RuleLoader.load(folder));
  }

  @Test
  void unknownKeysAreNamedWithTheirRule() throws Exception {
    BadInputException e = loadBroken("unknown-keys");
    assertEquals("2 problems in rule files", e.title());
    assertEquals("rules/node/runtime.toml", e.location().orElseThrow().toString());
    assertEquals("""
        - rules/node/runtime.toml: rule NODE-RUNTIME-ENGINES: key 'sumary': unknown key
          - rules/node/runtime.toml: rule NODE-RUNTIME-ENGINES: key 'source.url': unknown key""",
        e.why().orElseThrow());
    assertEquals(3, e.exitCode());
  }

  @Test
  void everyMissingOrMalformedFieldIsReportedAtOnce() throws Exception {
    BadInputException e = loadBroken("missing-and-malformed");
    assertEquals("8 problems in rule files", e.title());
    assertEquals("""
        - rules/node/runtime.toml: rule node-runtime: key 'id': must look like NODE-INSTALL-NPM \
        (upper case words joined by '-')
          - rules/node/runtime.toml: rule NODE-NO-SUMMARY: key 'summary': is missing
          - rules/node/runtime.toml: rule NODE-NO-SUMMARY: key 'severity': must be one of error, \
        warning, info
          - rules/node/runtime.toml: rule NODE-NO-SUMMARY: key 'source.ref': is missing
          - rules/node/runtime.toml: rule NODE-NO-SUMMARY: key 'source.date': '18 August 2026' is \
        not a yyyy-mm-dd date
          - rules/node/runtime.toml: rule NODE-NO-SOURCE: key 'summary': must be one line
          - rules/node/runtime.toml: rule NODE-NO-SOURCE: key 'run': 'LibPQ' is no Debian package \
        name
          - rules/node/runtime.toml: rule NODE-NO-SOURCE: key 'source': is missing""",
        e.why().orElseThrow());
  }

  @Test
  void rangesSemverCannotReadAreRefusedRatherThanNeverMatching() throws Exception {
    BadInputException e = loadBroken("bad-ranges");
    assertEquals("""
        - rules/node/newer.toml: rule NODE-NEWER-BROKEN: key 'versions': 'not a range %' is no \
        npm version range
          - rules/node/newer.toml: rule NODE-NEWER-BROKEN: key 'values': '>=17 => %%' must read \
        NODE RANGE => PACKAGE RANGE
          - rules/node/newer.toml: rule NODE-NEWER-BROKEN: key 'values': '>=17 => <2 => <3' must \
        read NODE RANGE => PACKAGE RANGE""", e.why().orElseThrow());
  }

  @Test
  void ownedFoldersMustBePlainAbsolutePathsSinceTheChownWritesThemAsTheyAre() throws Exception {
    BadInputException e = loadBroken("owned-paths");
    String why = e.why().orElseThrow();
    assertEquals("3 problems in rule files", e.title(), why);
    for (String path : new String[] {"var/log", "/tmp/$(id)", "/a b"}) {
      assertTrue(why.contains("rule HEROKU-BUILDPACK-BROKEN: key 'owned': '" + path
          + "' is no plain absolute path"), why);
    }
  }

  @Test
  void aStepTitleMustBeOneLineSinceItIsACommentLineOfTheDockerfile() throws Exception {
    BadInputException e = loadBroken("step-title");
    assertTrue(e.why().orElseThrow().contains(
        "rule NODE-STEP-BROKEN: key 'title': must be one line"), e.why().orElseThrow());
  }

  @Test
  void aDuplicateIdNamesBothFiles() throws Exception {
    BadInputException e = loadBroken("duplicate-id");
    assertEquals("Invalid rule file", e.title());
    assertEquals("- rules/node/b.toml: rule NODE-SAME: key 'id': is already used in"
        + " rules/node/a.toml", e.why().orElseThrow());
  }

  @Test
  void aTomlSyntaxErrorNamesTheFile() throws Exception {
    BadInputException e = loadBroken("not-toml");
    assertEquals("Invalid rule file", e.title());
    assertEquals("rules/node/broken.toml", e.location().orElseThrow().toString());
    assertEquals("- rules/node/broken.toml: is not valid TOML at line 3: Newline not permitted"
        + " here", e.why().orElseThrow());
  }

  @Test
  void aValueOfTheWrongTypeNamesTheKey() throws Exception {
    BadInputException e = loadBroken("wrong-type");
    assertEquals("- rules/node/native.toml: rule NODE-NATIVE-PG: key 'run': "
        + PackageNames.WRONG_TYPE, e.why().orElseThrow());
  }

  @Test
  void packagesPerReleaseMustNameEverySupportedReleaseAndOnlyThose() throws Exception {
    BadInputException e = loadBroken("per-release");
    assertEquals("""
        - rules/node/native.toml: rule NODE-NATIVE-MISSING-RELEASE: key 'run': names no packages \
        for trixie (write trixie = [] when it needs none)
          - rules/node/native.toml: rule NODE-NATIVE-UNKNOWN-RELEASE: key 'build.buster': is no \
        supported Debian release (bookworm, trixie)
          - rules/node/native.toml: rule NODE-NATIVE-BAD-NAME: key 'run': 'LibVips' is no Debian \
        package name
          - rules/node/native.toml: rule NODE-NATIVE-NOT-A-LIST: key 'run': \
        """ + PackageNames.WRONG_TYPE, e.why().orElseThrow());
  }

  @Test
  void aListNamesThePackagesOfEveryReleaseAndATableThoseOfEachRelease() throws Exception {
    Path folder = Path.of(RuleLoaderTest.class.getResource("/rules-per-release").toURI());
    Rule rule = RuleLoader.load(folder).rule("NODE-NATIVE-VIPS");
    assertEquals(List.of("libvips-dev"), rule.build().on(DebianRelease.BOOKWORM));
    assertEquals(List.of("libvips-dev"), rule.build().on(DebianRelease.TRIXIE));
    assertEquals(List.of("libvips42"), rule.run().on(DebianRelease.BOOKWORM));
    assertEquals(List.of("libvips42t64"), rule.run().on(DebianRelease.TRIXIE));
    assertEquals(List.of("libvips42", "libvips42t64"), rule.run().allNames());
  }

  @Test
  void aStandInNeedsItsServiceAndAnAddressNamingIt() throws Exception {
    BadInputException e = loadBroken("stand-in");
    assertEquals("""
        - rules/heroku/platform.toml: rule HEROKU-ADDON-MEMCACHE: key 'service': is needed with \
        image and url
          - rules/heroku/platform.toml: rule HEROKU-ADDON-MEMCACHE: key 'url': is needed with \
        image and must name the host as {service}""", e.why().orElseThrow());
  }

  @Test
  void theShippedRulesLoadAndEachHasADatedSource() {
    RuleSet rules = RuleSet.builtIn();
    rules.all().forEach(rule -> assertEquals(10, rule.source().date().length(), rule.id()));
    assertEquals("rules/node/runtime.toml", rules.file("NODE-RUNTIME-DEFAULT"));
  }
}
