package dev.unbuildpack.diff;

import dev.unbuildpack.inventory.Inventory;
import dev.unbuildpack.inventory.LinkedObject;
import dev.unbuildpack.inventory.SharedLibrary;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Native linkage: the check that catches an image that builds and then crashes when the first
 * native module loads. A library B cannot resolve is "missing" when A provided it, and the report
 * names the package that did, which is the package B should install.
 *
 * <p>An object is taken to be the same in both images when its file name is: a converted image
 * often installs the runtime and packages elsewhere (/app/.heroku/python against /usr/local).
 */
final class LinkageComparison {
  private static final String UNRESOLVED = "unresolved";

  private LinkageComparison() {}

  /**
   * @param missing changes of category missing-library
   * @param unresolved changes of category unresolved-library
   * @param providers the packages that provided the missing libraries in A, sorted
   */
  record Result(List<Change> missing, List<Change> unresolved, List<String> providers) {}

  static Result compare(Inventory a, Inventory b) {
    Map<String, SharedLibrary> providedByA = bySoname(a.libraries());
    Map<String, SharedLibrary> providedByB = bySoname(b.libraries());
    Set<String> unresolvedInA = pairs(a.linkage());
    Set<String> unresolvedInB = pairs(b.linkage());
    List<Change> missing = new ArrayList<>();
    List<Change> unresolved = new ArrayList<>();
    SortedSet<String> providers = new TreeSet<>();
    for (LinkedObject object : b.linkage()) {
      for (String soname : object.unresolved()) {
        if (unresolvedInA.contains(pair(object.path(), soname))) {
          continue; // already broken in A: not something the new image lost
        }
        SharedLibrary inA = providedByA.get(soname);
        if (inA != null) {
          if (inA.ownerPackage() != null) {
            providers.add(inA.ownerPackage());
          }
          missing.add(
              new Change(
                  ChangeKind.REMOVED, object.path(), soname, inA.path(), null, providerOf(inA)));
        } else {
          unresolved.add(
              new Change(
                  ChangeKind.ADDED, object.path(), soname, null, UNRESOLVED,
                  "A did not provide it either"));
        }
      }
    }
    Set<String> objectsInB = new HashSet<>();
    b.linkage().forEach(object -> objectsInB.add(objectName(object.path())));
    for (LinkedObject object : a.linkage()) {
      for (String soname : object.unresolved()) {
        SharedLibrary inB = providedByB.get(soname);
        if (inB != null && objectsInB.contains(objectName(object.path()))
            && !unresolvedInB.contains(pair(object.path(), soname))) {
          unresolved.add(
              new Change(
                  ChangeKind.REMOVED, object.path(), soname, UNRESOLVED, inB.path(),
                  "resolved in B" + ownerSuffix(inB)));
        }
      }
    }
    return new Result(
        Changes.sorted(missing), Changes.sorted(unresolved), List.copyOf(providers));
  }

  private static String providerOf(SharedLibrary library) {
    return library.ownerPackage() == null
        ? "present in A, owned by no package"
        : "provided in A by " + library.ownerPackage();
  }

  private static String ownerSuffix(SharedLibrary library) {
    return library.ownerPackage() == null ? "" : " by " + library.ownerPackage();
  }

  /** The first library (by inventory order) for each soname: the one the loader finds first. */
  private static Map<String, SharedLibrary> bySoname(List<SharedLibrary> libraries) {
    Map<String, SharedLibrary> bySoname = new HashMap<>();
    for (SharedLibrary library : libraries) {
      bySoname.putIfAbsent(library.soname(), library);
    }
    return bySoname;
  }

  private static Set<String> pairs(List<LinkedObject> linkage) {
    Set<String> pairs = new HashSet<>();
    for (LinkedObject object : linkage) {
      object.unresolved().forEach(soname -> pairs.add(pair(object.path(), soname)));
    }
    return pairs;
  }

  private static String pair(String path, String soname) {
    return objectName(path) + '\0' + soname;
  }

  private static String objectName(String path) {
    return path.substring(path.lastIndexOf('/') + 1);
  }
}
