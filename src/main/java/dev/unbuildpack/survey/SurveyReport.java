package dev.unbuildpack.survey;

import java.util.List;

/**
 * What {@code survey --format json} prints; documented by schema/survey.schema.json.
 *
 * @param shard the slice this report covers, or null for a whole portfolio (and a merge of all
 *     its shards)
 * @param apps one row per app, sorted by path
 */
public record SurveyReport(Shard shard, List<AppRow> apps, Summary summary) {
  public SurveyReport {
    apps = List.copyOf(apps);
  }

  public static SurveyReport of(Shard shard, List<AppRow> rows) {
    return new SurveyReport(shard, rows, Summary.of(rows));
  }

  /** 0 when every app was surveyed, else the highest exit code of a row (3: bad input). */
  public int exitCode() {
    return apps.stream().mapToInt(AppRow::exitCode).max().orElse(0);
  }
}
