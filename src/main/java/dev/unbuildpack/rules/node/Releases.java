package dev.unbuildpack.rules.node;

import dev.unbuildpack.rules.RuleData;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * The release lists in use, one per tool: the shipped ones, each replaced by the list
 * {@code unbuildpack rules update} wrote into the user's data folder when that one is valid and
 * not older.
 */
public final class Releases {
  private static final long MAX_BYTES = 4L << 20;

  private final Map<ReleaseList.Tool, ReleaseList> lists;

  private Releases(Map<ReleaseList.Tool, ReleaseList> lists) {
    this.lists = Map.copyOf(lists);
  }

  public static Releases shipped() {
    Map<ReleaseList.Tool, ReleaseList> lists = new EnumMap<>(ReleaseList.Tool.class);
    for (ReleaseList.Tool tool : ReleaseList.Tool.values()) {
      lists.put(tool, ReleaseList.load(tool.file()));
    }
    return new Releases(lists);
  }

  /**
   * The shipped lists, each replaced by {@code dataDir/rules/<file>} when that file reads as a
   * valid list at least as recent; a damaged file is passed over, never trusted.
   */
  public static Releases preferring(Path dataDir) {
    Map<ReleaseList.Tool, ReleaseList> lists = new EnumMap<>(ReleaseList.Tool.class);
    for (ReleaseList.Tool tool : ReleaseList.Tool.values()) {
      ReleaseList shipped = ReleaseList.load(tool.file());
      ReleaseList chosen = userList(dataDir, tool)
          .filter(user -> user.date().compareTo(shipped.date()) >= 0).orElse(shipped);
      lists.put(tool, chosen);
    }
    return new Releases(lists);
  }

  /** Where the update command writes a tool's list under a data folder. */
  public static Path file(Path dataDir, ReleaseList.Tool tool) {
    return dataDir.resolve("rules").resolve(tool.file());
  }

  private static Optional<ReleaseList> userList(Path dataDir, ReleaseList.Tool tool) {
    // A list is some 20 KB; anything far larger, or not a regular file, is not one of ours.
    return RuleData.readUserFile(file(dataDir, tool), ReleaseList.class, MAX_BYTES)
        .filter(list -> list.problems().isEmpty());
  }

  public ReleaseList of(ReleaseList.Tool tool) {
    return lists.get(tool);
  }

  public ReleaseList node() {
    return of(ReleaseList.Tool.NODE);
  }
}
