package dev.unbuildpack.plan;

import java.util.List;

/**
 * A BuildKit secret the build needs: its id, and what it is for. The value never enters the plan.
 *
 * @param id the secret id ({@code --secret id=ID,...}; read in the build from /run/secrets/ID)
 * @param extraCa true for the extra CA bundle given with --extra-ca, false for the app's secrets
 * @param foundAt where the need was found ("package.json:12"); for the extra CA, the bundle's
 *     file as the user named it (shown in instructions, never read into the plan)
 * @param rule the rule that found it, or null for the extra CA
 * @param usedBy the phases of the steps that mount it
 */
public record PlanSecret(
    String id, boolean extraCa, String foundAt, String rule, List<String> usedBy) {
  public PlanSecret {
    usedBy = List.copyOf(usedBy);
  }
}
