package dev.unbuildpack.generate.jib;

import dev.unbuildpack.common.UsageException;
import dev.unbuildpack.plan.BuildPlan;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The files {@code convert --jib} writes besides the Dockerfile: the build tool's Jib
 * configuration, and under {@link JibImage#FILES_FOLDER} the files the Dockerfile's build writes
 * into /app that Jib must find on disk.
 */
public final class JibConfiguration {
  private JibConfiguration() {}

  /** File name (relative to the output folder) to text, in a fixed order. */
  public static Map<String, String> files(BuildPlan plan) {
    String id = plan.ecosystem().id();
    boolean maven = id.equals("java");
    if (!maven && !id.equals("gradle")) {
      throw new UsageException("--jib needs a Maven or Gradle app",
          null,
          "Jib builds images of JVM apps from Maven or Gradle; this app's primary ecosystem is \""
              + id + "\".",
          List.of("Convert without --jib and build the Dockerfile."));
    }
    String configuration = maven ? JibMavenRenderer.FILE : JibGradleRenderer.FILE;
    List<JibFile> generated = JvmProfileScript.of(plan).map(List::of).orElse(List.of());
    List<String> written = new ArrayList<>(List.of(configuration));
    if (!generated.isEmpty()) {
      written.add(JibImage.FILES_FOLDER);
    }
    JibImage image = JibImage.of(plan, maven ? "Maven" : "Gradle", outputFromApp(plan), written,
        generated);
    Map<String, String> files = new LinkedHashMap<>();
    files.put(configuration,
        maven ? JibMavenRenderer.render(image) : JibGradleRenderer.render(image));
    for (JibFile file : generated) {
      files.put(JibImage.FILES_FOLDER + "/" + file.path(), file.text());
    }
    return files;
  }

  /** The output folder relative to the app: "" when the same, else ending in "/". */
  static String outputFromApp(BuildPlan plan) {
    String dockerfile = plan.buildContext().dockerfile();
    int slash = dockerfile.lastIndexOf('/');
    return slash < 0 ? "" : dockerfile.substring(0, slash + 1);
  }
}
