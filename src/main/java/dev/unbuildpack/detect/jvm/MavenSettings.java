package dev.unbuildpack.detect.jvm;

import dev.unbuildpack.common.Location;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The credentials a Maven settings.xml holds: each server's username, password, passphrase and
 * private key, as an environment reference (${env.NAME}, which Maven fills from the build's
 * environment) or as a literal written in the file.
 */
public record MavenSettings(String file, List<Credential> credentials) {
  private static final Pattern ENV = Pattern.compile("\\$\\{env\\.([A-Za-z_][A-Za-z0-9_]*)}");
  private static final List<String> FIELDS = List.of("username", "password", "passphrase",
      "privateKey");

  public MavenSettings {
    credentials = List.copyOf(credentials);
  }

  /**
   * One credential field of one server.
   *
   * @param server the server's id
   * @param field "username", "password", "passphrase" or "privateKey"
   * @param variables the environment variables it references (${env.NAME}); empty for a literal
   * @param literal true when the field holds text beyond the references (a committed value)
   * @param value the field's text, for masking in messages only
   */
  public record Credential(String server, String field, List<String> variables, boolean literal,
      String value, Location at) {
    public Credential {
      variables = List.copyOf(variables);
    }
  }

  public static MavenSettings parse(String file, String text) {
    XmlElement root = XmlFile.parse(file, text, "Fix the XML at that position; Maven reports"
        + " the same error when it reads the settings ('mvn -s " + file + " help:effective-settings').");
    List<Credential> found = new ArrayList<>();
    Optional<XmlElement> servers = root.child("servers");
    for (XmlElement server : servers.map(s -> s.all("server")).orElse(List.of())) {
      String id = server.textAt("id").orElse("");
      for (String field : FIELDS) {
        server.child(field).filter(f -> !f.text().isEmpty()).ifPresent(f -> {
          List<String> variables = new ArrayList<>();
          Matcher env = ENV.matcher(f.text());
          while (env.find()) {
            variables.add(env.group(1));
          }
          boolean literal = !ENV.matcher(f.text()).replaceAll("").isBlank()
              && !f.text().contains("${");
          found.add(new Credential(id, field, variables, literal, f.text(),
              Location.of(file, f.line())));
        });
      }
    }
    return new MavenSettings(file, found);
  }
}
