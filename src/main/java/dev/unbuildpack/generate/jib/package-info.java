/**
 * {@code convert --jib}: the Jib plugin configuration (Maven's {@code jib-maven-plugin.xml}, to
 * paste into pom.xml; Gradle's {@code jib.gradle}, to apply) that builds, without a Docker
 * daemon, the image the Dockerfile's runtime stage describes: same base image, user, environment,
 * port, command and working folder, the built app in /app. Jib runs no command in the image, so
 * a plan whose runtime stage needs one (system packages, another ecosystem's runtime) has no Jib
 * form. App text goes through {@link dev.unbuildpack.common.text.XmlText} and
 * {@link dev.unbuildpack.common.text.GroovyText}.
 */
package dev.unbuildpack.generate.jib;
