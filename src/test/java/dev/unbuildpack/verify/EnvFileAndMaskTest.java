package dev.unbuildpack.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unbuildpack.common.BadInputException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EnvFileAndMaskTest {
  @Test
  void envFileTakesNameValueLinesAsDockerDoes() {
    Map<String, String> env = EnvFile.parse("# comment\n\nA=1\nB = x=y \nC=\"q\"\n", "e.env");

    assertEquals(Map.of("A", "1", "B ", " x=y ", "C", "\"q\"").keySet().size(), 3);
    assertEquals("1", env.get("A"));
    assertEquals(" x=y ", env.get("B"));
    assertEquals("\"q\"", env.get("C"));
  }

  @Test
  void aBadLineIsBadInputNamingTheLineNeverTheValue() {
    BadInputException e = assertThrows(BadInputException.class,
        () -> EnvFile.parse("A=1\nsupersecretvalue\n", "e.env"));

    assertEquals(3, e.exitCode());
    assertTrue(e.title().contains("Line 2"), e.title());
    assertFalse(e.getMessage().contains("supersecretvalue"));
  }

  @Test
  void theMaskHidesEveryValueByName() {
    LogMask mask = LogMask.of(List.of(new LogMask.Hidden("NPM_TOKEN", "s3cr3t-token"),
        new LogMask.Hidden("SHORT", "on")));

    assertEquals("token=[hidden NPM_TOKEN] on", mask.apply("token=s3cr3t-token on"));
  }

  @Test
  void anHttpStatusLineGivesItsCode() {
    assertEquals(200, AppRunner.status("HTTP/1.1 200 OK\r\n"));
    assertEquals(404, AppRunner.status("HTTP/1.0 404 Not Found"));
    assertNull(AppRunner.status("SSH-2.0-OpenSSH"));
  }
}
