package dev.unbuildpack.plan;

import dev.unbuildpack.model.Addon;
import dev.unbuildpack.rules.Rule;
import dev.unbuildpack.rules.RuleSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Local stand-ins for Heroku add-ons, for compose.yaml, as the HEROKU-ADDON-* rules describe them
 * (image, address, environment). They are for development and CI only: the tags are major
 * versions, and the report asks the user to match the version the add-on runs. They need no
 * password (trust authentication inside the compose network), so no credential is ever written
 * into a generated file.
 */
public final class LocalServices {
  private LocalServices() {}

  /** One service per add-on, in app.json order, names made unique ("postgres", "postgres-2"). */
  public static List<LocalService> of(List<Addon> addons, ImageMap imageMap) {
    Set<String> taken = new HashSet<>();
    return addons.stream().map(addon -> standIn(addon, imageMap, taken)).toList();
  }

  private static LocalService standIn(Addon addon, ImageMap imageMap, Set<String> taken) {
    Rule standIn = rule(addon);
    if (standIn == null || standIn.image() == null || addon.envVar() == null) {
      return new LocalService(addon, null, null, Map.of());
    }
    String name = addon.service();
    for (int n = 2; !taken.add(name); n++) {
      name = addon.service() + "-" + n;
    }
    return new LocalService(
        new Addon(addon.plan(), name, addon.envVar(), addon.source(), addon.rule()),
        imageMap.apply(standIn.image()),
        standIn.url().replace("{service}", name),
        standIn.env());
  }

  /** The rule that matched the add-on; null for a detection (read from a file) that names none. */
  private static Rule rule(Addon addon) {
    RuleSet rules = RuleSet.builtIn();
    return addon.rule() != null && rules.contains(addon.rule()) ? rules.rule(addon.rule()) : null;
  }
}
