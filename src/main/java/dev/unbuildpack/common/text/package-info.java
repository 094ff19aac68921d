/**
 * The only writers of app-derived text into generated files, one class per output format: a
 * {@code #} comment ({@link HashComment}), a Dockerfile instruction's parts ({@link DockerfileText}),
 * a shell word ({@link ShellWord}), a compose.yaml value ({@link ComposeText}), a .dockerignore
 * line ({@link IgnoreLine}), Markdown ({@link Markdown}), HTML ({@link Html}), XML ({@link XmlText}), a Groovy
 * string ({@link GroovyText}) and a CSV cell
 * ({@link CsvCell}). Each either writes the text so that it cannot change the structure of the
 * file around it, or refuses it with a {@link dev.unbuildpack.common.BadInputException} (exit 3)
 * naming where it came from.
 */
package dev.unbuildpack.common.text;
