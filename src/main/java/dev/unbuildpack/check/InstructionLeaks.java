package dev.unbuildpack.check;

import dev.unbuildpack.dockerfile.Assignment;
import dev.unbuildpack.dockerfile.Dockerfile;
import dev.unbuildpack.dockerfile.Instruction;
import dev.unbuildpack.dockerfile.Mount;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Secrets that instructions put into the image: ARG (CHECK-SECRET-IN-BUILD-ARG), ENV
 * (CHECK-SECRET-IN-ENV), COPY/ADD of a file with a literal credential (CHECK-SECRET-FILE-COPIED),
 * and RUN steps that write a secret to a file (CHECK-SECRET-WRITTEN-TO-LAYER).
 */
final class InstructionLeaks {
  // A redirection to a file (not to a descriptor such as 2>&1), tee, cp, or a tool's config writer.
  private static final Pattern WRITE = Pattern.compile(
      "(?<![<>&])>>?\\s*(?!&|/dev/null)(?<target>[^\\s;&|]+)"
          + "|\\btee\\s+(?:-a\\s+)?(?<teeTarget>[^\\s;&|]+)"
          + "|\\bcp\\s"
          + "|\\b(?:npm|yarn|pnpm|pip|composer|bundle)\\s+config\\s+(?:set\\s+)?"
          + "|\\bgit\\s+config\\b");
  private static final Pattern SEGMENT_SEPARATOR = Pattern.compile("&&|\\|\\||;|\\n");

  private final Dockerfile dockerfile;
  private final FindingFactory findings;

  InstructionLeaks(Dockerfile dockerfile, FindingFactory findings) {
    this.dockerfile = dockerfile;
    this.findings = findings;
  }

  List<CheckFinding> argsAndEnv(Set<String> secrets) {
    List<CheckFinding> found = new ArrayList<>();
    for (Instruction instruction : dockerfile.instructions()) {
      if (!instruction.is("ARG") && !instruction.is("ENV")) {
        continue;
      }
      String rule = instruction.is("ARG") ? "CHECK-SECRET-IN-BUILD-ARG" : "CHECK-SECRET-IN-ENV";
      for (Assignment assignment : Assignment.of(instruction)) {
        for (String secret : secrets) {
          if (assignment.name().equals(secret) || references(assignment.value(), secret)) {
            found.add(at(rule, secret, instruction, Map.of()));
          }
        }
      }
    }
    return found;
  }

  List<CheckFinding> copies(List<Credential> credentials, DockerIgnore ignore) {
    List<CheckFinding> found = new ArrayList<>();
    for (Instruction copy : dockerfile.instructions()) {
      if ((!copy.is("COPY") && !copy.is("ADD")) || copy.flag("from").isPresent()) {
        continue;
      }
      List<String> sources = CopySources.of(copy);
      for (Credential credential : credentials) {
        if (!ignore.excludes(credential.file()) && CopySources.covers(sources, credential.file())) {
          found.add(at("CHECK-SECRET-FILE-COPIED", null, copy, Map.of("file", credential.file(),
              "what", credential.what(), "fingerprint", credential.fingerprint(),
              "how", credential.how())));
        }
      }
    }
    return found;
  }

  List<CheckFinding> writes(Set<String> secrets) {
    List<CheckFinding> found = new ArrayList<>();
    for (Instruction run : dockerfile.all("RUN")) {
      String command = run.commandText();
      for (String secret : secrets) {
        List<String> names = namesOf(run, secret);
        boolean leaks = segments(command).stream()
            .anyMatch(segment -> names.stream().anyMatch(n -> mentions(segment.text(), n))
                && writesKept(segment, command));
        if (leaks) {
          found.add(at("CHECK-SECRET-WRITTEN-TO-LAYER", secret, run, Map.of()));
        }
      }
    }
    return found;
  }

  /** One command of a RUN step (between &&, ||, ; and newlines) and where it ends in the step. */
  private record Segment(String text, int end) {}

  private static List<Segment> segments(String command) {
    List<Segment> segments = new ArrayList<>();
    Matcher separator = SEGMENT_SEPARATOR.matcher(command);
    int start = 0;
    while (separator.find()) {
      segments.add(new Segment(command.substring(start, separator.start()), separator.start()));
      start = separator.end();
    }
    segments.add(new Segment(command.substring(start), command.length()));
    return segments;
  }

  /** How a RUN step can refer to the secret: $NAME, or the file its mount puts it in. */
  private static List<String> namesOf(Instruction run, String secret) {
    List<String> names = new ArrayList<>(List.of("$" + secret, "${" + secret));
    run.secretMounts().stream()
        .filter(m -> secret.equals(m.id()) || secret.equals(m.env()))
        .map(Mount::target).filter(t -> t != null).forEach(names::add);
    return names;
  }

  private static boolean mentions(String segment, String name) {
    return name.startsWith("$")
        ? Pattern.compile(Pattern.quote(name) + "(?![A-Za-z0-9_])").matcher(segment).find()
        : segment.contains(name);
  }

  /**
   * True when the segment writes a file that the same RUN does not delete afterwards. Only a
   * removal after the write keeps the value out of the layer: one before it deletes an older copy.
   */
  private static boolean writesKept(Segment segment, String wholeCommand) {
    Matcher write = WRITE.matcher(segment.text());
    while (write.find()) {
      String target = write.group("target") != null ? write.group("target") : write.group("teeTarget");
      if (target == null || !removedAfter(target, segment.end(), wholeCommand)) {
        return true;
      }
    }
    return false;
  }

  private static boolean removedAfter(String target, int from, String wholeCommand) {
    Matcher removal = Pattern.compile("\\brm\\s+[^;&|\\n]*" + Pattern.quote(target) + "(?![^\\s;&|])")
        .matcher(wholeCommand);
    return removal.find(from);
  }

  static boolean references(String value, String secret) {
    return value != null
        && Pattern.compile("\\$\\{?" + Pattern.quote(secret) + "(?![A-Za-z0-9_])").matcher(value).find();
  }

  private CheckFinding at(String rule, String secret, Instruction instruction,
      Map<String, String> extra) {
    Map<String, String> values = new java.util.HashMap<>(extra);
    values.put("instruction", FindingFactory.label(instruction));
    if (secret != null) {
      values.put("secret", secret);
    }
    return findings.create(rule, secret,
        new CheckFinding.Place(dockerfile.file(), instruction.line()), values, List.of());
  }
}
