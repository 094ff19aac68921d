package dev.unbuildpack.plan;

import dev.unbuildpack.model.Addon;
import java.util.Map;
import java.util.TreeMap;

/**
 * A container that stands in for a Heroku add-on on a developer machine or in CI.
 *
 * @param addon the add-on as app.json declares it
 * @param image the stand-in image, or null when there is no local equivalent (the user must
 *     provide the add-on's URL)
 * @param url the value the app gets in {@code addon.envVar()}, pointing at the stand-in
 * @param environment the stand-in container's own variables, sorted
 */
public record LocalService(Addon addon, ImageRef image, String url, Map<String, String> environment) {
  public LocalService {
    environment = new TreeMap<>(environment);
  }

  public boolean hasStandIn() {
    return image != null;
  }
}
