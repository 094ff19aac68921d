package dev.unbuildpack.detect.php;

import com.fasterxml.jackson.databind.JsonNode;
import dev.unbuildpack.common.Location;
import dev.unbuildpack.common.SecretMask;
import dev.unbuildpack.detect.StructuredFile;
import java.util.ArrayList;
import java.util.List;

/**
 * The credentials a committed auth.json holds, which Composer reads from the project folder:
 * never their values, only where they are and a masked fingerprint.
 *
 * @param credentials one per host and kind that carries a secret value
 */
public record AuthJson(List<Credential> credentials) {
  public static final String FILE = "auth.json";
  /** Composer's auth.json sections whose entries are a token per host. */
  private static final List<String> TOKEN_SECTIONS = List.of("github-oauth", "gitlab-token",
      "gitlab-oauth", "bearer");
  /** Sections whose entries are objects holding the secret in one of these keys. */
  private static final List<String> OBJECT_SECTIONS = List.of("http-basic", "bitbucket-oauth",
      "gitlab-token", "forgejo-token");
  private static final List<String> SECRET_KEYS = List.of("password", "consumer-secret",
      "token");

  /**
   * @param kind the auth.json section ("http-basic")
   * @param host the host it is for
   * @param masked the value's fingerprint ({@link SecretMask#fingerprint})
   */
  public record Credential(String kind, String host, String masked, Location at) {}

  public AuthJson {
    credentials = List.copyOf(credentials);
  }

  static AuthJson parse(String text) {
    StructuredFile file = StructuredFile.json(FILE, text,
        "Remove auth.json from the repository; pass it as a build secret instead.");
    List<Credential> found = new ArrayList<>();
    file.root().fieldNames().forEachRemaining(section -> {
      JsonNode hosts = file.at("/" + StructuredFile.segment(section));
      hosts.fieldNames().forEachRemaining(host -> {
        String pointer = "/" + StructuredFile.segment(section) + "/" + StructuredFile.segment(host);
        JsonNode value = hosts.get(host);
        String secret = null;
        if (value.isTextual() && TOKEN_SECTIONS.contains(section)) {
          secret = value.asText();
        } else if (value.isObject() && OBJECT_SECTIONS.contains(section)) {
          secret = SECRET_KEYS.stream().map(k -> value.path(k)).filter(JsonNode::isTextual)
              .map(JsonNode::asText).filter(s -> !s.isEmpty()).findFirst().orElse(null);
        }
        if (secret != null && !secret.isEmpty()) {
          found.add(new Credential(section, host, SecretMask.fingerprint(secret),
              file.location(pointer)));
        }
      });
    });
    return new AuthJson(found);
  }
}
