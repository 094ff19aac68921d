package dev.unbuildpack.diff;

import dev.unbuildpack.inventory.ImageConfig;
import dev.unbuildpack.inventory.InstalledPackage;
import dev.unbuildpack.inventory.Inventory;
import dev.unbuildpack.inventory.LayerInfo;
import dev.unbuildpack.inventory.LinkedObject;
import dev.unbuildpack.inventory.RuntimeInstall;
import dev.unbuildpack.inventory.SharedLibrary;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Small inventories for tests, built fact by fact. */
public final class InventoryBuilder {
  private final String image;
  private ImageConfig config = new ImageConfig(
      List.of(), null, null, null, null, List.of(), Map.of(), "linux", "amd64");
  private final List<LayerInfo> layers = new ArrayList<>();
  private final List<InstalledPackage> packages = new ArrayList<>();
  private final List<RuntimeInstall> runtimes = new ArrayList<>();
  private final List<SharedLibrary> libraries = new ArrayList<>();
  private final List<LinkedObject> linkage = new ArrayList<>();

  private InventoryBuilder(String image) {
    this.image = image;
  }

  public static InventoryBuilder image(String image) {
    return new InventoryBuilder(image);
  }

  public InventoryBuilder config(ImageConfig config) {
    this.config = config;
    return this;
  }

  public InventoryBuilder layer(long size, String createdBy) {
    layers.add(new LayerInfo("sha256:" + layers.size(), size, createdBy));
    return this;
  }

  public InventoryBuilder pkg(String ecosystem, String name, String version) {
    return pkg(ecosystem, name, version, "/" + ecosystem + "/" + name, 0);
  }

  public InventoryBuilder pkg(
      String ecosystem, String name, String version, String location, long size) {
    packages.add(new InstalledPackage(ecosystem, name, version, location, size));
    return this;
  }

  public InventoryBuilder runtime(String name, String version, String path) {
    runtimes.add(new RuntimeInstall(name, version, path, path + "/VERSION"));
    return this;
  }

  public InventoryBuilder library(String soname, String path, String owner) {
    libraries.add(new SharedLibrary(soname, path, owner));
    return this;
  }

  public InventoryBuilder object(String path, List<String> needed, List<String> unresolved) {
    linkage.add(new LinkedObject(path, needed, unresolved));
    return this;
  }

  public Inventory build() {
    return new Inventory(image, config, layers, packages, runtimes, libraries, linkage);
  }
}
