package dev.unbuildpack.dockerfile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MountTest {
  @Test
  void aSecretMountDefaultsItsTargetToRunSecrets() {
    Mount mount = Mount.parse("type=secret,id=NPM_TOKEN");
    assertTrue(mount.isSecret());
    assertEquals("NPM_TOKEN", mount.id());
    assertEquals("/run/secrets/NPM_TOKEN", mount.target());
    assertFalse(mount.required());
  }

  @Test
  void theIdDefaultsToTheTargetsBaseName() {
    Mount mount = Mount.parse("type=secret,dst=/root/.npmrc,required");
    assertEquals(".npmrc", mount.id());
    assertEquals("/root/.npmrc", mount.target());
    assertTrue(mount.required());
  }

  @Test
  void anEnvSecretHasNoFile() {
    Mount mount = Mount.parse("type=secret,id=npm,env=NPM_TOKEN");
    assertEquals("NPM_TOKEN", mount.env());
    assertNull(mount.target());
  }

  @Test
  void theTypeDefaultsToBindAndQuotedFieldsKeepCommas() {
    Mount mount = Mount.parse("\"target=/a,b\",source=x");
    assertEquals("bind", mount.type());
    assertEquals("/a,b", mount.target());
    assertEquals("x", mount.fields().get("source"));
  }
}
