package dev.unbuildpack.image.catalog;

import dev.unbuildpack.inventory.InstalledPackage;
import dev.unbuildpack.inventory.LinkedObject;
import dev.unbuildpack.inventory.RuntimeInstall;
import dev.unbuildpack.inventory.SharedLibrary;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** What the catalogers found, returned sorted so the output is deterministic. */
public final class Findings {
  private final List<InstalledPackage> packages = new ArrayList<>();
  private final List<RuntimeInstall> runtimes = new ArrayList<>();
  private final List<SharedLibrary> libraries = new ArrayList<>();
  private final List<LinkedObject> linkage = new ArrayList<>();

  public void add(InstalledPackage pkg) {
    packages.add(pkg);
  }

  public void add(RuntimeInstall runtime) {
    runtimes.add(runtime);
  }

  public void add(SharedLibrary library) {
    libraries.add(library);
  }

  public void add(LinkedObject object) {
    linkage.add(object);
  }

  public List<InstalledPackage> packages() {
    return packages.stream().sorted(Comparator.comparing(InstalledPackage::ecosystem)
        .thenComparing(InstalledPackage::name).thenComparing(InstalledPackage::location)).toList();
  }

  public List<RuntimeInstall> runtimes() {
    return runtimes.stream().sorted(Comparator.comparing(RuntimeInstall::name)
        .thenComparing(RuntimeInstall::path)).toList();
  }

  public List<SharedLibrary> libraries() {
    return libraries.stream().sorted(Comparator.comparing(SharedLibrary::soname)
        .thenComparing(SharedLibrary::path)).toList();
  }

  public List<LinkedObject> linkage() {
    return linkage.stream().sorted(Comparator.comparing(LinkedObject::path)).toList();
  }
}
