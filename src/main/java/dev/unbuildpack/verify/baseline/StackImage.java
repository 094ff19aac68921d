package dev.unbuildpack.verify.baseline;

/** Which image of a Heroku stack held a package. */
public enum StackImage {
  /** The run image (heroku/heroku:24): every dyno has it. */
  RUN,
  /** Only the build image (heroku/heroku:24-build): present while buildpacks compiled. */
  BUILD
}
