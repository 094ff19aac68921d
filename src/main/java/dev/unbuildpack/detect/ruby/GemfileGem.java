package dev.unbuildpack.detect.ruby;

import dev.unbuildpack.common.Location;

/**
 * A gem line of the Gemfile, as text.
 *
 * @param name the gem's name
 * @param git the repository it comes from (git:, github: as https://github.com/..., or an
 *     enclosing git block), or null
 * @param source the gem server it comes from (source: or an enclosing source block), or null
 * @param at the gem line
 */
public record GemfileGem(String name, String git, String source, Location at) {}
