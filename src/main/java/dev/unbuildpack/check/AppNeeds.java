package dev.unbuildpack.check;

import dev.unbuildpack.model.Detection;
import java.util.List;

/**
 * What detection says about the app's secrets: the build secrets it needs, the credentials it
 * found committed, and notes when detection could not run.
 */
public record AppNeeds(List<Need> secrets, List<Credential> committed, List<String> notes) {
  public AppNeeds {
    secrets = List.copyOf(secrets);
    committed = List.copyOf(committed);
    notes = List.copyOf(notes);
  }

  public static AppNeeds of(Detection detection, CheckRules rules) {
    return new AppNeeds(Need.of(detection), Credential.committedIn(detection, rules), List.of());
  }

  /** No ecosystem was recognised: only the credential patterns and the Dockerfile can be checked. */
  public static AppNeeds undetected(String note) {
    return new AppNeeds(List.of(), List.of(), List.of(note));
  }
}
