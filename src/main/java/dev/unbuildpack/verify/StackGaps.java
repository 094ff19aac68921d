package dev.unbuildpack.verify;

import dev.unbuildpack.diff.Change;
import dev.unbuildpack.diff.ChangeKind;
import dev.unbuildpack.inventory.Inventory;
import dev.unbuildpack.verify.baseline.BaselineCheck;
import dev.unbuildpack.verify.baseline.LostLibrary;
import dev.unbuildpack.verify.baseline.StackBaseline;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The stack baseline as verify's check: each library B lost, as a missing-library change. */
public final class StackGaps implements StackCheck {
  private final StackBaseline baseline;

  public StackGaps(StackBaseline baseline) {
    this.baseline = baseline;
  }

  @Override
  public String name() {
    return baseline.stack();
  }

  @Override
  public List<Change> gaps(Inventory b) {
    return BaselineCheck.run(b, baseline).lost().stream().map(this::change).toList();
  }

  private Change change(LostLibrary lost) {
    String debian = lost.library().debianPackages().entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .map(e -> String.join(" or ", e.getValue()) + " on " + e.getKey())
        .collect(Collectors.joining(", "));
    return new Change(ChangeKind.REMOVED, String.join(", ", lost.neededBy()),
        lost.library().soname(), null, null,
        "provided on " + baseline.stack() + " by deb:" + lost.library().stackPackage()
            + (debian.isEmpty() ? "" : "; install " + debian));
  }
}
