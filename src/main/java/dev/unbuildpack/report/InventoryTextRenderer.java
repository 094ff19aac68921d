package dev.unbuildpack.report;

import dev.unbuildpack.common.SecretMask;
import dev.unbuildpack.inventory.ImageConfig;
import dev.unbuildpack.inventory.InstalledPackage;
import dev.unbuildpack.inventory.Inventory;
import dev.unbuildpack.inventory.LayerInfo;
import dev.unbuildpack.inventory.LinkedObject;
import dev.unbuildpack.inventory.RuntimeInstall;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The text form of one image's inventory: the config, then one aligned table per section. It
 * shares the diff report's table layout, colour rules, size units and escaping of image data.
 */
public final class InventoryTextRenderer {
  private final boolean colour;

  /** @param colour use ANSI styles; see {@link ColourPolicy} */
  public InventoryTextRenderer(boolean colour) {
    this.colour = colour;
  }

  public String render(Inventory inventory) {
    StringBuilder text = new StringBuilder();
    config(text, inventory.image(), inventory.config());
    layers(text, inventory);
    packages(text, inventory.packages());
    runtimes(text, inventory.runtimes());
    linkage(text, inventory.linkage());
    text.append(Ansi.BOLD.apply("Shared libraries: ", colour)).append(inventory.libraries().size())
        .append(" (with their owning packages in --format json)\n");
    return text.toString();
  }

  private void config(StringBuilder text, String image, ImageConfig c) {
    List<List<String>> rows = new ArrayList<>();
    rows.add(row("Image", image));
    rows.add(row("Platform", c.os() == null && c.architecture() == null
        ? null : c.os() + "/" + c.architecture()));
    rows.add(row("User", c.user()));
    rows.add(row("Workdir", c.workdir()));
    rows.add(row("Entrypoint", list(c.entrypoint())));
    rows.add(row("Cmd", list(c.cmd())));
    rows.add(row("Ports", c.exposedPorts().isEmpty() ? null : String.join(", ", c.exposedPorts())));
    // Masked as the diff masks them: an inventory is pasted into issues as often as a diff.
    c.env().forEach(env -> rows.add(row("Env", SecretMask.displayedEntry(env))));
    for (Map.Entry<String, String> label : c.labels().entrySet()) {
      rows.add(row("Label", label.getKey() + "=" + label.getValue()));
    }
    text.append(TextTable.renderRows(rows, (column, cell) -> column == 0 ? Ansi.BOLD.apply(cell, colour) : cell)).append('\n');
  }

  private void layers(StringBuilder text, Inventory inventory) {
    heading(text, "Layers", inventory.layers().size() + ", " + Bytes.human(inventory.totalSize()));
    List<List<String>> rows = new ArrayList<>();
    int index = 1;
    for (LayerInfo layer : inventory.layers()) {
      rows.add(row(String.valueOf(index++), shortDigest(layer.digest()),
          Bytes.human(layer.size()), abbreviate(layer.createdBy())));
    }
    text.append(TextTable.render(List.of("#", "digest", "size", "created by"), rows, this::plain))
        .append('\n');
  }

  private void packages(StringBuilder text, List<InstalledPackage> packages) {
    Map<String, Long> counts = packages.stream().collect(
        Collectors.groupingBy(InstalledPackage::ecosystem, TreeMap::new, Collectors.counting()));
    heading(text, "Packages", packages.size() + (counts.isEmpty() ? "" : ": " + counts.entrySet()
        .stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "))));
    List<List<String>> rows = packages.stream()
        .map(p -> row(p.ecosystem(), p.name(), p.version(), p.location())).toList();
    section(text, List.of("ecosystem", "name", "version", "location"), rows, this::plain);
  }

  private void runtimes(StringBuilder text, List<RuntimeInstall> runtimes) {
    heading(text, "Runtimes", String.valueOf(runtimes.size()));
    List<List<String>> rows = runtimes.stream()
        .map(r -> row(r.name(), r.version(), r.path(), r.evidence())).toList();
    section(text, List.of("name", "version", "path", "evidence"), rows, this::plain);
  }

  private void linkage(StringBuilder text, List<LinkedObject> linkage) {
    long broken = linkage.stream().filter(o -> !o.unresolved().isEmpty()).count();
    heading(text, "Native linkage",
        linkage.size() + " objects, " + broken + " with missing libraries");
    List<List<String>> rows = linkage.stream()
        .map(o -> row(o.path(), String.join(" ", o.needed()), String.join(" ", o.unresolved())))
        .toList();
    section(text, List.of("object", "needs", "missing"), rows,
        (column, cell) -> column == 2 ? Ansi.RED.apply(cell, colour) : cell);
  }

  private static void section(StringBuilder text, List<String> headers, List<List<String>> rows,
      java.util.function.BiFunction<Integer, String, String> style) {
    text.append(rows.isEmpty() ? "" : TextTable.render(headers, rows, style)).append('\n');
  }

  private void heading(StringBuilder text, String title, String detail) {
    text.append(Ansi.BOLD.apply(title, colour)).append(" (").append(detail).append(")\n");
  }

  private String plain(Integer column, String cell) {
    return cell;
  }

  private static List<String> row(String... cells) {
    return Arrays.asList(cells);
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
    return values == null || values.isEmpty() ? null : values.toString();
  }
}
