package dev.unbuildpack.verify.baseline;

import dev.unbuildpack.common.UsageException;
import dev.unbuildpack.common.Location;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What a Heroku stack had installed, from the dated lists shipped in
 * src/main/resources/stack-baseline/ (see its README): the packages of the stack's run and build
 * images, and which package ships each shared library, from Debian's Contents indexes.
 */
public final class StackBaseline {
  public static final List<String> STACKS = List.of("heroku-22", "heroku-24");
  public static final String DEFAULT_STACK = "heroku-24";
  private static final String FOLDER = "/stack-baseline/";

  private final String stack;
  private final List<String> sources;
  /** Package name → "run" (in both images) or "build" (build image only). */
  private final Map<String, String> packages;
  /** Library name → suite → Debian packages that ship it. */
  private final Map<String, Map<String, List<String>>> libraries;

  private StackBaseline(String stack, List<String> sources, Map<String, String> packages,
      Map<String, Map<String, List<String>>> libraries) {
    this.stack = stack;
    this.sources = List.copyOf(sources);
    this.packages = packages;
    this.libraries = libraries;
  }

  /** The baseline of a stack in {@link #STACKS}; another name is a usage error. */
  public static StackBaseline load(String stack) {
    if (!STACKS.contains(stack)) {
      throw new UsageException("Unknown stack '" + stack + "'", Location.of(stack),
          "The stack baseline knows " + String.join(", ", STACKS) + ".",
          List.of("Name one of them."));
    }
    List<String> sources = new ArrayList<>();
    Map<String, String> packages = new TreeMap<>();
    for (String line : lines(stack + ".txt")) {
      if (line.startsWith("#")) {
        sources.add(line.substring(1).strip());
      } else if (!line.isBlank()) {
        String[] fields = line.split(" ");
        packages.put(fields[0], fields[1]);
      }
    }
    Map<String, Map<String, List<String>>> libraries = new TreeMap<>();
    for (String line : lines("sonames.txt")) {
      if (line.startsWith("#")) {
        sources.add(line.substring(1).strip());
      } else if (!line.isBlank()) {
        String[] fields = line.split(" ");
        libraries.computeIfAbsent(fields[0], k -> new TreeMap<>())
            .put(fields[1], List.of(fields[2].split(",")));
      }
    }
    return new StackBaseline(stack, sources, packages, libraries);
  }

  public String stack() {
    return stack;
  }

  /** The header lines of the data files: where each list came from, with dates. */
  public List<String> sources() {
    return sources;
  }

  /** Whether the stack had the package, in its run image or its build image. */
  public Optional<StackImage> image(String packageName) {
    return Optional.ofNullable(packages.get(packageName))
        .map(where -> where.equals("run") ? StackImage.RUN : StackImage.BUILD);
  }

  /**
   * The stack package that shipped this library, preferring one of the run image: the library
   * name is looked up in the Debian indexes, and a package of that name that the stack lists
   * counts (Ubuntu and Debian name library packages alike).
   */
  public Optional<StackLibrary> provider(String soname) {
    StackLibrary best = null;
    for (List<String> names : libraries.getOrDefault(soname, Map.of()).values()) {
      for (String name : names) {
        Optional<StackImage> image = image(name);
        if (image.isPresent() && (best == null
            || image.get() == StackImage.RUN && best.image() == StackImage.BUILD)) {
          best = new StackLibrary(soname, name, image.get(), debianPackages(soname));
        }
      }
    }
    return Optional.ofNullable(best);
  }

  /** Suite → the Debian packages that ship the library, for the install advice. */
  public Map<String, List<String>> debianPackages(String soname) {
    return libraries.getOrDefault(soname, Map.of());
  }

  private static List<String> lines(String file) {
    try (InputStream in = StackBaseline.class.getResourceAsStream(FOLDER + file)) {
      if (in == null) {
        throw new IllegalStateException("the build ships " + FOLDER + file);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
