package dev.unbuildpack.verify.reference;

import java.nio.file.Path;

/**
 * A slug, checked and rewritten as one image layer: every entry under /app, owned by the dyno
 * user, permission bits only (no setuid, setgid or sticky bits).
 *
 * @param tar the uncompressed layer tar (a temporary file the caller deletes)
 * @param entries how many entries the layer holds
 * @param unpackedBytes the sum of its file sizes
 * @param ignoredOutsideApp entries outside ./app, which Heroku ignores when it unpacks a slug
 * @param procfile the text of app/Procfile, or null when the slug has none
 * @param packageJson whether the slug has app/package.json (the Node buildpack's default web
 *     process, "npm start", applies then)
 */
public record SlugLayer(Path tar, long entries, long unpackedBytes, long ignoredOutsideApp,
    String procfile, boolean packageJson) {}
