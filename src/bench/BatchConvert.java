import dev.unbuildpack.cli.Main;
import java.io.PrintWriter;
import java.io.Writer;

/**
 * Converts every app named on the command line in this one JVM, as `convert --dry-run APP`
 * through the real command line, and prints the milliseconds the conversions took. convert takes
 * one app per process, so src/bench/convert.sh uses this to measure the per-app cost of a batch.
 *
 *   java -cp target/unbuildpack.jar src/bench/BatchConvert.java APP...
 */
public class BatchConvert {
  public static void main(String[] apps) {
    PrintWriter discard = new PrintWriter(Writer.nullWriter());
    int failed = 0;
    long start = System.nanoTime();
    for (String app : apps) {
      if (Main.run(new String[] {"convert", "--dry-run", app}, discard, discard) != 0) {
        failed++;
      }
    }
    System.out.println((System.nanoTime() - start) / 1_000_000);
    if (failed > 0) {
      System.err.println(failed + " of " + apps.length + " conversions failed");
      System.exit(1);
    }
  }
}
