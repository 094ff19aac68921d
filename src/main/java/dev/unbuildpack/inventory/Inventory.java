package dev.unbuildpack.inventory;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * Everything unbuildpack found in one image.
 *
 * @param image the reference as the user gave it ("docker-archive:app.tar", "oci:dir", "app:1")
 * @param config the image configuration (env, entrypoint, user, ...)
 * @param layers layers bottom to top, with their sizes
 * @param packages OS and language packages, sorted by ecosystem, name, location
 * @param runtimes language runtimes found, sorted by name then path
 * @param libraries shared libraries present in the image (for "who provided this library")
 * @param linkage ELF objects under app and language-package paths, with their needed libraries
 */
// totalSize is derived: written for readers of the JSON, ignored when a saved inventory is read.
@JsonIgnoreProperties(value = "totalSize", allowGetters = true)
public record Inventory(
    String image,
    ImageConfig config,
    List<LayerInfo> layers,
    List<InstalledPackage> packages,
    List<RuntimeInstall> runtimes,
    List<SharedLibrary> libraries,
    List<LinkedObject> linkage) {
  public Inventory {
    layers = List.copyOf(layers);
    packages = List.copyOf(packages);
    runtimes = List.copyOf(runtimes);
    libraries = List.copyOf(libraries);
    linkage = List.copyOf(linkage);
  }

  /** Sum of the layers' uncompressed sizes. */
  @JsonProperty("totalSize")
  public long totalSize() {
    return layers.stream().mapToLong(LayerInfo::size).sum();
  }
}
