package dev.unbuildpack.inventory;

import java.util.List;
import java.util.Map;

/** The parts of an image's configuration a reviewer compares. Absent parts are empty or null. */
public record ImageConfig(
    List<String> env,
    List<String> entrypoint,
    List<String> cmd,
    String user,
    String workdir,
    List<String> exposedPorts,
    Map<String, String> labels,
    String os,
    String architecture) {}
