package dev.unbuildpack.build;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;

/** Polls a URL until it answers, within a bound: a server in a container needs time to start. */
final class Http {
  private Http() {}

  /** The first response from {@code url}, or an AssertionError after {@code within}. */
  static HttpResponse<String> getWhenReady(String url, Duration within) throws InterruptedException {
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).GET().build();
    Instant deadline = Instant.now().plus(within);
    IOException last = null;
    while (Instant.now().isBefore(deadline)) {
      try {
        return client.send(request, HttpResponse.BodyHandlers.ofString());
      } catch (IOException notYet) {
        last = notYet;
        Thread.sleep(250);
      }
    }
    throw new AssertionError("no HTTP answer from " + url + " within " + within, last);
  }
}
