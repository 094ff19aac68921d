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
import java.util.function.Supplier;

/** The three ways to get image A, as verify runs them: each timed, each with its launch. */
public final class References {
  private References() {}

  /** {@code --slug FILE --stack IMAGE}: laid on the stack with Jib, loaded with the docker CLI. */
  public static Reference slug(Path slug, String stack, String imageName, Path docker,
      String webCommand, Consumer<String> progress) {
    return timed("slug", () -> SlugImage.build(new SlugImageRequest(
        slug, stack, imageName, null, docker, webCommand, progress)), Launch.dynoStart());
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

  private static Reference timed(String mode, Supplier<ReferenceImage> make, Launch launch) {
    return new Reference() {
      @Override
      public String mode() {
        return mode;
      }

      @Override
      public BuiltImage resolve() {
        long start = System.nanoTime();
        ReferenceImage image = make.get();
        return new BuiltImage(image.image(), image.description(), launch,
            (System.nanoTime() - start) / 1_000_000);
      }
    };
  }
}
