package dev.unbuildpack.verify.reference;

import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * What {@link SlugImage#build} needs.
 *
 * @param slug the slug file (slug.tar.gz as {@code heroku slugs:download} saves it)
 * @param stackImage the stack image: an engine image name, or docker-archive:PATH
 * @param imageName the name the new image gets ("unbuildpack-verify/reference:app")
 * @param tarOutput where to write the image as a {@code docker save} tar, daemonless; null loads
 *     it into the engine instead
 * @param dockerExecutable the docker client Jib loads the image with; null means "docker" on PATH
 * @param webCommand the web process command; null takes the slug's Procfile web line, else
 *     "npm start" when the slug has a package.json (the Node buildpack's default), else none
 * @param progress receives one line per step, for stderr
 */
public record SlugImageRequest(Path slug, String stackImage, String imageName, Path tarOutput,
    Path dockerExecutable, String webCommand, Consumer<String> progress) {}
