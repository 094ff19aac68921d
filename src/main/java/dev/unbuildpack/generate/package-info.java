/**
 * Renders a {@link dev.unbuildpack.plan.BuildPlan} as the files a user keeps: Dockerfile,
 * .dockerignore, compose.yaml and unbuildpack-report.md. Output is deterministic text (no
 * timestamps, no absolute paths), so golden files compare byte for byte. Every string from the
 * app or the plan goes through {@link dev.unbuildpack.common.text}'s writer for its format; config
 * vars appear by name only.
 */
package dev.unbuildpack.generate;
