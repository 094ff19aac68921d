package dev.unbuildpack.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CategoryTest {
  @Test
  void idsAreUniqueLowerCaseWordsJoinedByHyphens() {
    List<String> ids = Category.ids();
    assertEquals(ids.size(), new HashSet<>(ids).size(), ids.toString());
    ids.forEach(id -> assertTrue(id.matches("[a-z]+(-[a-z]+)*"), id));
  }

  @Test
  void everyCategoryHasATitleWithoutPeriodAndADescriptionWithOne() {
    for (Category category : Category.values()) {
      assertTrue(!category.title().isBlank() && !category.title().endsWith("."), category.id());
      assertTrue(category.description().endsWith("."), category.id());
    }
  }

  @Test
  void looksUpCategoriesByIdOnly() {
    assertEquals(Optional.of(Category.MISSING_LIBRARY), Category.byId("missing-library"));
    assertEquals(Optional.empty(), Category.byId("MISSING_LIBRARY"));
    assertEquals(Optional.empty(), Category.byId("size"));
  }
}
