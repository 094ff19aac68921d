package dev.unbuildpack.survey;

import com.fasterxml.jackson.annotation.JsonValue;

/** Where an app sits relative to the folders surveyed; Heroku deploys the three differently. */
public enum Placement {
  /** A folder named on the command line, or the root of its own git repository. */
  ROOT,
  /**
   * In a subfolder of a folder that is no app (a monorepo): on Heroku such an app is deployed
   * from its subfolder, with a subdir buildpack (APP_BASE) or git subtree push.
   */
  SUBFOLDER,
  /** Inside another app's folder, with a Procfile or app.json of its own. */
  NESTED;

  @JsonValue
  public String id() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
