package dev.unbuildpack.survey;

import dev.unbuildpack.app.AppDir;
import dev.unbuildpack.common.BoundedRead;
import dev.unbuildpack.common.Location;
import dev.unbuildpack.common.UnbuildpackException;
import dev.unbuildpack.detect.Detector;
import dev.unbuildpack.detect.Detectors;
import dev.unbuildpack.detect.heroku.AppJson;
import dev.unbuildpack.detect.heroku.Procfile;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;

/**
 * Finds the apps under the folders a survey is given. A folder is an app when it holds a Procfile
 * or app.json (Heroku's own files), or when any registered detector ({@link Detectors#all()})
 * recognises it, as the buildpack's bin/detect would (package.json for Node.js,
 * requirements.txt, Pipfile, pyproject.toml ... for Python, and whatever later ecosystems add).
 * Inside an app only a Procfile or app.json makes another app (NESTED): a workspace package or a
 * client folder with its own package.json is part of the app, as the buildpack builds it.
 *
 * <p>Links are not followed: a link to a folder outside the surveyed folder is a refused row,
 * like a named folder that is a pipe or a file, so the report says what was skipped. Dependency
 * and hidden folders (node_modules, .git ...) are not entered.
 */
public final class AppFinder {
  private static final Set<String> NOT_ENTERED = Set.of("node_modules", "bower_components",
      "vendor");
  /** Deeper than any monorepo layout; bounds a walk through a pathological tree. */
  private static final int MAX_DEPTH = 12;
  private static final List<String> PLATFORM_FILES = List.of(Procfile.FILE, AppJson.FILE);

  private final List<Detector> detectors;

  AppFinder(List<Detector> detectors) {
    this.detectors = List.copyOf(detectors);
  }

  /** Apps are what any registered detector, or Heroku's own files, recognise. */
  public static AppFinder withRegisteredDetectors() {
    return new AppFinder(Detectors.all());
  }

  /** Every app under the roots, each once, sorted by path. */
  public List<FoundApp> find(List<Path> roots) {
    TreeMap<String, FoundApp> found = new TreeMap<>();
    for (Path root : roots) {
      new Walk(root, found).start();
    }
    return List.copyOf(found.values());
  }

  private static boolean hasPlatformFile(Path dir) {
    return PLATFORM_FILES.stream().anyMatch(f -> Files.exists(dir.resolve(f),
        LinkOption.NOFOLLOW_LINKS));
  }

  /** The detectors' own test (the buildpack's bin/detect), so discovery never disagrees. */
  private boolean detected(Path dir) {
    try {
      AppDir app = AppDir.open(dir);
      return detectors.stream().anyMatch(d -> d.detects(app));
    } catch (UnbuildpackException e) {
      return false; // not a readable folder: listing it reports why
    }
  }

  /** One root's walk. */
  private final class Walk {
    private final Path root;
    private final TreeMap<String, FoundApp> found;
    private Path realRoot;

    Walk(Path root, TreeMap<String, FoundApp> found) {
      this.root = root;
      this.found = found;
    }

    void start() {
      String shown = Survey.shown(root);
      BasicFileAttributes attributes;
      try {
        attributes = Files.readAttributes(root, BasicFileAttributes.class);
        realRoot = root.toRealPath();
      } catch (NoSuchFileException e) {
        refuse(shown, Placement.ROOT, null, "Nothing exists at this path",
            "A folder named on the command line or in --apps-file is missing.");
        return;
      } catch (IOException e) {
        refuse(shown, Placement.ROOT, null, "Cannot read this path", e.getMessage());
        return;
      }
      if (!attributes.isDirectory()) {
        refuse(shown, Placement.ROOT, null,
            "Not a folder: it is " + BoundedRead.kindOf(root, attributes),
            "An app is a folder; unbuildpack never reads a pipe, a device or a socket.");
        return;
      }
      visit(realRoot, null, 0);
    }

    /** @param app the nearest enclosing app, or null */
    private void visit(Path dir, String app, int depth) {
      boolean isRoot = dir.equals(realRoot);
      boolean isApp = hasPlatformFile(dir) || (app == null && detected(dir));
      String shown = isRoot ? Survey.shown(root) : Survey.shown(shownPath(dir));
      if (isApp) {
        boolean ownRepository = Files.exists(dir.resolve(".git"), LinkOption.NOFOLLOW_LINKS);
        Placement placement = isRoot || ownRepository ? Placement.ROOT
            : app != null ? Placement.NESTED : Placement.SUBFOLDER;
        String container = switch (placement) {
          case ROOT -> null;
          case NESTED -> app;
          case SUBFOLDER -> Survey.shown(root);
        };
        found.putIfAbsent(shown, new FoundApp(shown, dir, placement, container, null));
      }
      if (depth >= MAX_DEPTH) {
        return;
      }
      String enclosing = isApp ? shown : app;
      List<Path> children = new ArrayList<>();
      try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
        entries.forEach(children::add);
      } catch (IOException e) {
        refuse(shown, isRoot ? Placement.ROOT : Placement.SUBFOLDER, null,
            "Cannot list this folder", e.getMessage());
        return;
      }
      children.sort(null);
      for (Path child : children) {
        String name = child.getFileName().toString();
        if (name.startsWith(".") || NOT_ENTERED.contains(name)) {
          continue;
        }
        BasicFileAttributes attributes;
        try {
          attributes = Files.readAttributes(child, BasicFileAttributes.class,
              LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
          continue; // gone since listed
        }
        if (attributes.isDirectory()) {
          visit(child, enclosing, depth + 1);
        } else if (enclosing == null) {
          // Outside any app, an entry that is neither a file nor a folder stands where an app
          // could be: say that it was skipped. Inside an app, detection reports what it reads.
          checkEntry(child, attributes);
        }
      }
    }

    private void checkEntry(Path child, BasicFileAttributes attributes) {
      String shown = Survey.shown(shownPath(child));
      if (attributes.isSymbolicLink()) {
        try {
          Path target = child.toRealPath();
          if (Files.isDirectory(target) && !target.startsWith(realRoot)) {
            refuse(shown, Placement.SUBFOLDER, Survey.shown(root),
                "A link to a folder outside the surveyed folder; not followed",
                "It points to " + target + "; the survey reads only inside the folders it is"
                    + " given.");
          }
        } catch (IOException e) {
          // A dangling link is nothing to survey.
        }
      } else if (attributes.isOther()) {
        refuse(shown, Placement.SUBFOLDER, Survey.shown(root), "Not a folder: it is "
            + BoundedRead.kindOf(child, attributes), "A pipe, device or socket is never read.");
      }
    }

    /** The path as the user named it: the root as given, then the part below it. */
    private Path shownPath(Path real) {
      return root.resolve(realRoot.relativize(real).toString());
    }

    private void refuse(String shown, Placement placement, String container, String title,
        String why) {
      Location at = Location.of(shown);
      found.putIfAbsent(shown, new FoundApp(shown, null, placement, container,
          new Problem(title, at.toString(), why)));
    }
  }
}
