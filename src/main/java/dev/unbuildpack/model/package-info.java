/**
 * The analysis of one app, as {@code unbuildpack detect --format json} prints it (schema:
 * {@code src/main/resources/schema/detect.schema.json}). Immutable records with no logic: {@code
 * rules} produces a {@link dev.unbuildpack.model.Detection} from what {@code detect} found, and
 * {@code plan}, {@code generate} and {@code check} read it. Leaf package: depends on nothing else
 * of unbuildpack.
 */
package dev.unbuildpack.model;
