/**
 * Renders a {@link dev.unbuildpack.plan.BuildPlan} as the files a user keeps: Dockerfile,
 * .dockerignore, compose.yaml and unbuildpack-report.md. Output is deterministic text (no
 * timestamps, no absolute paths), so golden files compare byte for byte.
 */
package dev.unbuildpack.generate;
