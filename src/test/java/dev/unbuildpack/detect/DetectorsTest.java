package dev.unbuildpack.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The registered detectors run in the order Heroku runs its buildpacks' detect. */
class DetectorsTest {
  @Test
  void detectorsFollowHerokusDetectionOrder() {
    List<String> ids = Detectors.all().stream().map(Detector::id).toList();
    assertTrue(ids.containsAll(List.of("node", "python")), ids.toString());
    List<String> expected = Detectors.HEROKU_ORDER.stream().filter(ids::contains).toList();
    assertEquals(expected, ids.subList(0, expected.size()),
        "registered ecosystems of Heroku's list come first, in its order");
    assertTrue(ids.indexOf("node") < ids.indexOf("python"),
        "package.json and requirements.txt without a list: Node.js wins");
  }

  @Test
  void everyRegisteredDetectorIsFoundByItsId() {
    Detectors.all().forEach(d -> assertEquals(d, Detectors.of(d.id()).orElseThrow()));
    assertTrue(Detectors.of("cobol").isEmpty());
  }
}
