package dev.unbuildpack.verify;

import java.util.List;

/**
 * The verdict on one category.
 *
 * @param id the category id, as {@code --fail-on} names it
 * @param title what the category covers
 * @param level pass, warn or fail, after {@code --fail-on}
 * @param notes why: one line per finding that decided the level, or a pass with a note
 */
public record CategoryVerdict(String id, String title, Level level, List<String> notes) {
  public CategoryVerdict {
    notes = List.copyOf(notes);
  }
}
