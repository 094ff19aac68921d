package dev.unbuildpack.plan;

import dev.unbuildpack.model.Addon;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Local stand-ins for Heroku add-ons, for compose.yaml. They are for development and CI only: the
 * tags are major versions, and the report asks the user to match the version the add-on runs.
 * They need no password (trust authentication inside the compose network), so no credential is
 * ever written into a generated file.
 */
final class LocalServices {
  private record StandIn(String image, String url, Map<String, String> environment) {}

  private static final Map<String, StandIn> KNOWN =
      Map.of(
          "postgres",
          new StandIn(
              "postgres:17-bookworm",
              "postgres://postgres@%s:5432/postgres",
              Map.of("POSTGRES_HOST_AUTH_METHOD", "trust")),
          "redis",
          new StandIn("redis:7-bookworm", "redis://%s:6379", Map.of()));

  private LocalServices() {}

  /** One service per add-on, in app.json order, names made unique ("postgres", "postgres-2"). */
  static List<LocalService> of(List<Addon> addons, ImageMap imageMap) {
    Set<String> taken = new HashSet<>();
    return addons.stream().map(addon -> standIn(addon, imageMap, taken)).toList();
  }

  private static LocalService standIn(Addon addon, ImageMap imageMap, Set<String> taken) {
    StandIn standIn = addon.service() == null ? null : KNOWN.get(addon.service());
    if (standIn == null || addon.envVar() == null) {
      return new LocalService(addon, null, null, Map.of());
    }
    String name = addon.service();
    for (int n = 2; !taken.add(name); n++) {
      name = addon.service() + "-" + n;
    }
    return new LocalService(
        new Addon(addon.plan(), name, addon.envVar(), addon.source()),
        imageMap.apply(standIn.image()),
        standIn.url().formatted(name),
        standIn.environment());
  }
}
