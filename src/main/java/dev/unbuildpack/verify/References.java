package dev.unbuildpack.verify;

import com.github.dockerjava.api.DockerClient;
import dev.unbuildpack.verify.reference.PackBuild;
import dev.unbuildpack.verify.reference.PackRequest;
import dev.unbuildpack.verify.reference.ReferenceImage;
import dev.unbuildpack.verify.reference.SlugImage;
import dev.unbuildpack.verify.reference.SlugImageRequest;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Consumer;

/** The three ways to get image A, as verify runs them: each timed, each with its launch. */
public final class References {
  private References() {}

  /**
   * {@code --slug FILE --stack IMAGE}: laid on the stack with Jib into a tar, which is loaded into
   * the engine (to run A) and kept for the inventory, so A is never exported again.
   */
  public static Reference slug(DockerClient docker, Path slug, String stack, String imageName,
      String webCommand, Consumer<String> progress) {
    return new Reference() {
      @Override
      public String mode() {
        return "slug";
      }

      @Override
      public BuiltImage resolve() {
        long start = System.nanoTime();
        Path tar = SlugArchive.create();
        try {
          ReferenceImage image = SlugImage.build(new SlugImageRequest(
              slug, stack, imageName, tar, null, webCommand, progress));
          progress.accept("Loading " + imageName + " into the engine");
          SlugArchive.load(docker, tar);
          return new BuiltImage(imageName, image.description(), Launch.dynoStart(),
              (System.nanoTime() - start) / 1_000_000, tar);
        } catch (RuntimeException e) {
          SlugArchive.delete(tar);
          throw e;
        }
      }
    };
  }

  /** {@code --pack}: pack build with the builder, the build-time config vars passed by name. */
  public static Reference pack(DockerClient docker, Path app, String imageName, String builder,
      Map<String, String> buildEnv, Consumer<String> progress) {
    return new Reference() {
      @Override
      public String mode() {
        return "pack";
      }

      @Override
      public BuiltImage resolve() {
        long start = System.nanoTime();
        ReferenceImage image =
            PackBuild.run(new PackRequest(app, imageName, builder, buildEnv, progress));
        BuiltImage existing = new ExistingImage(docker, image.image()).resolve();
        return new BuiltImage(existing.ref(), image.description(), existing.launch(),
            (System.nanoTime() - start) / 1_000_000);
      }
    };
  }

}
