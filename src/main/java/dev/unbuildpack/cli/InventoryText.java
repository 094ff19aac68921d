package dev.unbuildpack.cli;

import dev.unbuildpack.inventory.ImageConfig;
import dev.unbuildpack.inventory.InstalledPackage;
import dev.unbuildpack.inventory.Inventory;
import dev.unbuildpack.inventory.LayerInfo;
import dev.unbuildpack.inventory.LinkedObject;
import dev.unbuildpack.inventory.RuntimeInstall;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** The text form of an inventory: the config, then one aligned table per section. */
final class InventoryText {
  private final Colour colour;

  InventoryText(Colour colour) {
    this.colour = colour;
  }

  String render(Inventory inventory) {
    StringBuilder text = new StringBuilder();
    config(text, inventory.image(), inventory.config());
    layers(text, inventory);
    packages(text, inventory.packages());
    runtimes(text, inventory.runtimes());
    linkage(text, inventory.linkage());
    text.append(colour.bold("Shared libraries: ")).append(inventory.libraries().size())
        .append(" (with their owning packages in --format json)\n");
    return text.toString();
  }

  private void config(StringBuilder text, String image, ImageConfig c) {
    TextTable table = new TextTable("Image", image)
        .row("Platform", join(c.os(), "/", c.architecture()))
        .row("User", c.user())
        .row("Workdir", c.workdir())
        .row("Entrypoint", list(c.entrypoint()))
        .row("Cmd", list(c.cmd()))
        .row("Ports", c.exposedPorts().isEmpty() ? null : String.join(", ", c.exposedPorts()));
    for (String env : c.env()) {
      table.row("Env", env);
    }
    for (Map.Entry<String, String> label : c.labels().entrySet()) {
      table.row("Label", label.getKey() + "=" + label.getValue());
    }
    text.append(table.render(colour)).append('\n');
  }

  private void layers(StringBuilder text, Inventory inventory) {
    heading(text, "Layers", inventory.layers().size() + ", " + size(inventory.totalSize()));
    TextTable table = new TextTable("#", "DIGEST", "SIZE", "CREATED BY");
    int i = 1;
    for (LayerInfo layer : inventory.layers()) {
      table.row(String.valueOf(i++), shortDigest(layer.digest()), size(layer.size()),
          abbreviate(layer.createdBy()));
    }
    text.append(table.render(colour)).append('\n');
  }

  private void packages(StringBuilder text, List<InstalledPackage> packages) {
    Map<String, Long> counts = packages.stream().collect(
        Collectors.groupingBy(InstalledPackage::ecosystem, java.util.TreeMap::new,
            Collectors.counting()));
    heading(text, "Packages", packages.size() + (counts.isEmpty() ? "" : ": " + counts.entrySet()
        .stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "))));
    TextTable table = new TextTable("ECOSYSTEM", "NAME", "VERSION", "LOCATION");
    for (InstalledPackage pkg : packages) {
      table.row(pkg.ecosystem(), pkg.name(), pkg.version(), pkg.location());
    }
    text.append(packages.isEmpty() ? "" : table.render(colour)).append('\n');
  }

  private void runtimes(StringBuilder text, List<RuntimeInstall> runtimes) {
    heading(text, "Runtimes", String.valueOf(runtimes.size()));
    TextTable table = new TextTable("NAME", "VERSION", "PATH", "EVIDENCE");
    for (RuntimeInstall runtime : runtimes) {
      table.row(runtime.name(), runtime.version(), runtime.path(), runtime.evidence());
    }
    text.append(runtimes.isEmpty() ? "" : table.render(colour)).append('\n');
  }

  private void linkage(StringBuilder text, List<LinkedObject> linkage) {
    long broken = linkage.stream().filter(o -> !o.unresolved().isEmpty()).count();
    heading(text, "Native linkage", linkage.size() + " objects, " + broken + " with missing"
        + " libraries");
    TextTable table = new TextTable("OBJECT", "NEEDS", "MISSING");
    for (LinkedObject object : linkage) {
      table.row(object.path(), String.join(" ", object.needed()),
          object.unresolved().isEmpty() ? "" : colour.red(String.join(" ", object.unresolved())));
    }
    text.append(linkage.isEmpty() ? "" : table.render(colour)).append('\n');
  }

  private void heading(StringBuilder text, String title, String detail) {
    text.append(colour.bold(title)).append(" (").append(detail).append(")\n");
  }

  static String size(long bytes) {
    if (bytes < 1024) {
      return bytes + " B";
    }
    String[] units = {"KiB", "MiB", "GiB", "TiB"};
    double value = bytes;
    int unit = -1;
    while (value >= 1024 && unit < units.length - 1) {
      value /= 1024;
      unit++;
    }
    return String.format(Locale.ROOT, "%.1f %s", value, units[unit]);
  }

  private static String shortDigest(String digest) {
    return digest.length() > 19 ? digest.substring(0, 19) : digest;
  }

  private static String abbreviate(String createdBy) {
    if (createdBy == null) {
      return null;
    }
    String flat = createdBy.replaceAll("\\s+", " ").trim();
    return flat.length() > 60 ? flat.substring(0, 59) + "…" : flat;
  }

  private static String list(List<String> values) {
    return values.isEmpty() ? null : values.toString();
  }

  private static String join(String a, String sep, String b) {
    return a == null && b == null ? null : a + sep + b;
  }
}
