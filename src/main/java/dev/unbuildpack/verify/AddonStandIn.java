package dev.unbuildpack.verify;

import java.net.URI;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The local stand-in for one Heroku add-on, as compose.yaml has it: verify starts it on a private
 * network for the runs and gives both images its URL, as Heroku gives a dyno the add-on's.
 *
 * @param service the host name the apps reach it by ("postgres")
 * @param image the stand-in image (after --image-map)
 * @param variable the variable the app reads its URL from ("DATABASE_URL")
 * @param url that variable's value, pointing at {@code service}
 * @param environment the stand-in container's own variables (no secret: trust inside the network)
 */
public record AddonStandIn(String service, String image, String variable, String url,
    Map<String, String> environment) {
  public AddonStandIn {
    Objects.requireNonNull(service, "service");
    Objects.requireNonNull(image, "image");
    Objects.requireNonNull(variable, "variable");
    Objects.requireNonNull(url, "url");
    environment = new TreeMap<>(environment);
  }

  /** The TCP port the URL names, which the stand-in must accept connections on; -1 for none. */
  public int port() {
    try {
      return URI.create(url).getPort();
    } catch (IllegalArgumentException notAUri) {
      return -1;
    }
  }
}
