package dev.unbuildpack.build;

import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.model.Frame;
import com.github.dockerjava.api.model.StreamType;
import dev.unbuildpack.common.EnvironmentException;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Collects the stdout and stderr frames of a container's logs or of an exec. */
final class OutputCollector extends ResultCallback.Adapter<Frame> {
  private final ByteArrayOutputStream stdout = new ByteArrayOutputStream();
  private final ByteArrayOutputStream stderr = new ByteArrayOutputStream();

  @Override
  public synchronized void onNext(Frame frame) {
    // A container without a TTY multiplexes its streams; RAW frames come from a TTY.
    ByteArrayOutputStream target = frame.getStreamType() == StreamType.STDERR ? stderr : stdout;
    target.writeBytes(frame.getPayload());
  }

  /** Waits for the stream to end, at most {@code timeout}. */
  OutputCollector await(Duration timeout, String what) {
    try {
      if (!awaitCompletion(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        throw new EnvironmentException(
            what + " did not finish within " + StreamedProcess.describe(timeout),
            "The Docker Engine kept the output stream open.",
            List.of("Check that the Docker Engine is responsive, then retry."),
            null);
      }
      return this;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for " + what, e);
    }
  }

  synchronized ContainerOutput output(long exitCode) {
    return new ContainerOutput(
        exitCode, stdout.toString(StandardCharsets.UTF_8), stderr.toString(StandardCharsets.UTF_8));
  }
}
