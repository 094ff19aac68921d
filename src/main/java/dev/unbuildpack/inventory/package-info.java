/**
 * What is installed in one image, as {@code unbuildpack inventory --format json} prints it. Plain
 * records with no logic: {@code image} fills them by reading an image, {@code diff} compares two.
 * Leaf package: depends on nothing else of unbuildpack.
 */
package dev.unbuildpack.inventory;
