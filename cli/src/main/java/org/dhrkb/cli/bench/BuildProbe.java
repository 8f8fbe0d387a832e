package org.dhrkb.cli.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.dhrkb.generator.Generator;

/**
 * Run by {@code kb bench} in a JVM of its own, so that its figures are a build's alone: a full
 * build of a corpus (as {@code kb build}), then one item's title edited and the site built again in
 * the same JVM as {@code kb serve --watch} does, twice (the first watch build opens the store the
 * next ones reuse; the second is the one-edit rebuild reported), then the peak resident memory of
 * the process. Prints {@code key=value} lines for the parent to read.
 */
public final class BuildProbe {
  /**
   * The JVM options {@code ./kb build} runs with (see the {@code kb} script for why), so the probe
   * measures the build users get.
   */
  public static final List<String> JVM_OPTIONS =
      List.of(
          "-XX:+UseSerialGC",
          "-XX:TieredStopAtLevel=1",
          "-Xms32m",
          "-XX:MinHeapFreeRatio=20",
          "-XX:MaxHeapFreeRatio=40");

  private BuildProbe() {}

  /**
   * Arguments: the site folder, the templates folder, the output folder, and {@code --once} to skip
   * the one-edit rebuild (the 100,000-item site: the rebuild would double a long build).
   */
  public static void main(String[] args) throws Exception {
    Path site = Path.of(args[0]);
    Generator generator =
        Generator.create(c -> c.site(site).templates(Path.of(args[1])).output(Path.of(args[2])));
    long cpu = cpuMillis();
    Generator.Report full = generator.build();
    System.out.println("pages=" + full.pages());
    System.out.println("items=" + full.items());
    System.out.println("build.ms=" + full.elapsed().toMillis());
    // CPU time beside wall time: on a shared machine it is the steadier of the two.
    System.out.println("build.cpu.ms=" + (cpuMillis() - cpu));
    if (!(args.length > 3 && args[3].equals("--once"))) {
      Generator watch =
          Generator.create(
              c ->
                  c.site(site)
                      .templates(Path.of(args[1]))
                      .output(Path.of(args[2]))
                      .liveReload(true));
      editOneItem(site);
      watch.build();
      editOneItem(site);
      cpu = cpuMillis();
      Generator.Report again = watch.build();
      System.out.println("rebuild.ms=" + again.elapsed().toMillis());
      System.out.println("rebuild.cpu.ms=" + (cpuMillis() - cpu));
    }
    System.out.println("peak.rss.kb=" + peakRssKb());
    System.out.flush();
    System.exit(0);
  }

  /** Changes the lesson title of the first theme, as a maintainer fixing a typo would. */
  private static void editOneItem(Path site) throws IOException {
    Path theme;
    try (Stream<Path> files = Files.list(site.resolve("content").resolve("themes"))) {
      theme = files.filter(p -> p.toString().endsWith(".yaml")).sorted().findFirst().orElseThrow();
    }
    String text = Files.readString(theme, StandardCharsets.UTF_8);
    Files.writeString(
        theme, text.replaceFirst("\n  title: ", "\n  title: Edited "), StandardCharsets.UTF_8);
  }

  /** CPU time of the whole process so far, every thread (the JIT and the collector too). */
  private static long cpuMillis() {
    return ((com.sun.management.OperatingSystemMXBean)
                java.lang.management.ManagementFactory.getOperatingSystemMXBean())
            .getProcessCpuTime()
        / 1_000_000;
  }

  /** VmHWM from /proc (Linux): the most memory the process ever held; -1 elsewhere. */
  static long peakRssKb() {
    try {
      List<String> status = Files.readAllLines(Path.of("/proc/self/status"));
      for (String line : status) {
        if (line.startsWith("VmHWM:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", ""));
        }
      }
    } catch (IOException | RuntimeException e) {
      // Not Linux: the figure is shown as unknown.
    }
    return -1;
  }
}
