package dev.unbuildpack.survey;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.unbuildpack.common.BadInputException;
import dev.unbuildpack.common.BoundedRead;
import dev.unbuildpack.common.Json;
import dev.unbuildpack.common.Location;
import dev.unbuildpack.common.ReadLimit;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * {@code survey --merge}: the reports of the N shards of one portfolio become the report one run
 * over the whole portfolio prints. Rows are taken as they are and the summary is computed again
 * from them; the inputs must be the N distinct shards of one N, so that a lost CI job is an error
 * rather than a silently smaller portfolio. Reports of whole (unsharded) runs over different
 * folders merge too, as long as no app appears twice.
 */
public final class SurveyMerge {
  private SurveyMerge() {}

  public static SurveyReport merge(List<Path> files) {
    List<SurveyReport> reports = new ArrayList<>();
    for (Path file : files) {
      reports.add(read(file));
    }
    checkShards(files, reports);
    Map<String, AppRow> rows = new TreeMap<>();
    Map<String, Path> from = new TreeMap<>();
    for (int i = 0; i < reports.size(); i++) {
      for (AppRow row : reports.get(i).apps()) {
        Path earlier = from.putIfAbsent(row.path(), files.get(i));
        if (earlier != null) {
          throw new BadInputException("The app " + row.path() + " is in two reports",
              Location.of(files.get(i).toString()), "It is in " + earlier + " too; merged"
                  + " reports must cover different apps.",
              List.of("Merge the reports of one sharded run (--shard 1/N ... N/N)."));
        }
        rows.put(row.path(), row);
      }
    }
    return SurveyReport.of(null, List.copyOf(rows.values()));
  }

  private static SurveyReport read(Path file) {
    String shown = file.toString();
    String text = BoundedRead.text(file, ReadLimit.SURVEY, shown);
    ObjectReader reader = Json.mapper().readerFor(SurveyReport.class)
        .with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .with(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
    try {
      SurveyReport report = reader.readValue(text);
      if (report == null || report.summary() == null) {
        throw new IOException("no report in the file");
      }
      return report;
    } catch (IOException | IllegalArgumentException e) {
      throw new BadInputException("Not a survey report", Location.of(shown),
          firstLine(e.getMessage()),
          List.of("Pass files written by 'unbuildpack survey --format json'."), e);
    }
  }

  private static void checkShards(List<Path> files, List<SurveyReport> reports) {
    TreeSet<Integer> counts = new TreeSet<>();
    Map<Integer, Path> indexes = new TreeMap<>();
    int sharded = 0;
    for (int i = 0; i < reports.size(); i++) {
      Shard shard = reports.get(i).shard();
      if (shard == null) {
        continue;
      }
      sharded++;
      counts.add(shard.count());
      Path earlier = indexes.putIfAbsent(shard.index(), files.get(i));
      if (earlier != null) {
        throw mismatch(files.get(i), "Shard " + shard + " is also " + earlier + ".");
      }
    }
    if (sharded == 0) {
      return;
    }
    if (sharded != reports.size()) {
      throw mismatch(files.get(0), "Some reports are shards and some are whole runs.");
    }
    if (counts.size() > 1) {
      throw mismatch(files.get(0), "The shards come from runs split in " + counts + " parts.");
    }
    int count = counts.first();
    List<Integer> missing = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      if (!indexes.containsKey(i)) {
        missing.add(i);
      }
    }
    if (!missing.isEmpty()) {
      throw mismatch(files.get(0), "Missing shard " + String.join(", ",
          missing.stream().map(i -> i + "/" + count).toList()) + ": the merge would lack its"
          + " apps.");
    }
  }

  private static BadInputException mismatch(Path file, String why) {
    return new BadInputException("The reports are not the shards of one run",
        Location.of(file.toString()), why,
        List.of("Pass the reports of --shard 1/N to N/N of one run, each once."));
  }

  private static String firstLine(String message) {
    if (message == null) {
      return null;
    }
    int end = message.indexOf('\n');
    return end < 0 ? message : message.substring(0, end);
  }
}
