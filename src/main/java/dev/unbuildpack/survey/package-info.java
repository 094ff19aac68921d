/**
 * Portfolio runs: finding the apps under folders ({@link dev.unbuildpack.survey.AppFinder}),
 * surveying each with the real detection and an in-memory conversion
 * ({@link dev.unbuildpack.survey.AppSurveyor}), in parallel and in a stable order
 * ({@link dev.unbuildpack.survey.Survey}), sharding and merging runs, and the report's text,
 * Markdown and CSV forms. The JSON form is the {@link dev.unbuildpack.survey.SurveyReport} record,
 * documented by schema/survey.schema.json.
 */
package dev.unbuildpack.survey;
