package dev.unbuildpack.image;

import dev.unbuildpack.image.catalog.Captures;
import dev.unbuildpack.image.catalog.Cataloger;
import dev.unbuildpack.image.catalog.FileReader;
import dev.unbuildpack.image.catalog.Findings;
import dev.unbuildpack.image.catalog.ImageFacts;
import dev.unbuildpack.image.fs.FileNode;
import dev.unbuildpack.image.fs.MergedTree;
import dev.unbuildpack.image.layer.LayerReader;
import dev.unbuildpack.image.layer.Limits;
import dev.unbuildpack.image.source.ImageConfigJson;
import dev.unbuildpack.image.source.ImageManifest;
import dev.unbuildpack.image.source.LayerBlob;
import dev.unbuildpack.inventory.ImageConfig;
import dev.unbuildpack.inventory.Inventory;
import dev.unbuildpack.inventory.LayerInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Reads an image into an {@link Inventory}: every layer is passed over once (in parallel, so
 * compressed layers decompress on all cores), the layers are merged bottom first, and the
 * catalogers work from the merged tree and the file results that survived the merge.
 */
final class InventoryReader {
  private final List<Cataloger> catalogers;
  private final Limits limits;

  InventoryReader(List<Cataloger> catalogers, Limits limits) {
    this.catalogers = catalogers;
    this.limits = limits;
  }

  Inventory read(ImageManifest manifest) {
    ImageConfigJson configJson = ImageConfigJson.parse(manifest);
    ImageConfig config = configJson.config();
    List<FileReader<?>> readers = new ArrayList<>();
    catalogers.forEach(c -> readers.addAll(c.readers()));
    LayerPass pass = new LayerPass(new LayerReader(limits), readers);

    MergedTree tree = new MergedTree();
    List<List<LayerPass.Capture>> captured = new ArrayList<>();
    List<Long> sizes = new ArrayList<>();
    for (LayerPass.Result result : passAll(manifest.layers(), pass)) {
      tree.apply(sizes.size(), result.entries());
      captured.add(result.captures());
      sizes.add(result.size());
    }
    ImageFacts facts = new ImageFacts(tree, surviving(tree, captured), config);
    Findings findings = new Findings();
    for (Cataloger cataloger : catalogers) {
      cataloger.catalog(facts, findings);
    }
    return new Inventory(manifest.image(), config, layerInfos(manifest, configJson, sizes),
        findings.packages(), findings.runtimes(), findings.libraries(), findings.linkage());
  }

  private List<LayerPass.Result> passAll(List<LayerBlob> layers, LayerPass pass) {
    int threads = Math.max(1, Math.min(layers.size(), Runtime.getRuntime().availableProcessors()));
    ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
      Thread thread = new Thread(runnable, "layer-pass");
      thread.setDaemon(true);
      return thread;
    });
    try {
      List<Future<LayerPass.Result>> futures = new ArrayList<>();
      for (LayerBlob layer : layers) {
        futures.add(pool.submit(() -> pass.run(layer)));
      }
      List<LayerPass.Result> results = new ArrayList<>();
      for (Future<LayerPass.Result> future : futures) {
        results.add(future.get());
      }
      return results;
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException problem) {
        throw problem;
      }
      throw new IllegalStateException(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while reading layers", e);
    } finally {
      pool.shutdownNow();
    }
  }

  /** Keeps a layer's file result only if that layer's file is the one the merged image shows. */
  private static Captures surviving(MergedTree tree, List<List<LayerPass.Capture>> captured) {
    Captures captures = new Captures();
    for (int layer = 0; layer < captured.size(); layer++) {
      for (LayerPass.Capture capture : captured.get(layer)) {
        FileNode node = tree.get(capture.path()).orElse(null);
        if (node != null && node.layer() == layer && node.isFile()) {
          captures.put(capture.reader(), capture.path(), capture.value());
        }
      }
    }
    return captures;
  }

  private static List<LayerInfo> layerInfos(ImageManifest manifest, ImageConfigJson config,
      List<Long> sizes) {
    List<String> history = config.layerHistory();
    boolean aligned = history.size() == sizes.size();
    List<LayerInfo> infos = new ArrayList<>();
    for (LayerBlob layer : manifest.layers()) {
      int i = layer.index();
      infos.add(new LayerInfo(layer.digest(), sizes.get(i), aligned ? history.get(i) : null));
    }
    return infos;
  }
}
