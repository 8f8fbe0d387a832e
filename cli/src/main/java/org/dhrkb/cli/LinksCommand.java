package org.dhrkb.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import org.dhrkb.generator.content.ContentException;
import org.dhrkb.generator.content.ContentLoader;
import org.dhrkb.generator.content.KnowledgeBase;
import org.dhrkb.generator.links.LinkChecker;
import org.dhrkb.generator.links.LinkReport;
import org.dhrkb.generator.links.LinkResult;
import org.dhrkb.generator.links.LinkSources;
import org.dhrkb.generator.links.LinkStatus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code kb links}: checks every external link of the content and records what it found. */
@Command(
    name = "links",
    mixinStandardHelpOptions = true,
    description = {
      "Check every external link of site/ (HEAD, then GET where HEAD is refused; redirects"
          + " followed), a few at a time and at most two per host.",
      "Prints the dead, moved and unreachable links, and writes site/links.tsv: the next"
          + " build prints when each link was last seen working and lists them all on"
          + " /maintainers/links.html.",
      "Exits 0 when the check ran, whatever it found; 1 when it could not run."
    })
final class LinksCommand implements Callable<Integer> {
  @ParentCommand Main main;

  @Option(
      names = "--concurrency",
      defaultValue = "8",
      description = "Links checked at the same time (default: ${DEFAULT-VALUE}).")
  int concurrency;

  @Option(
      names = "--per-host",
      defaultValue = "2",
      description = "Requests open to one host at the same time (default: ${DEFAULT-VALUE}).")
  int perHost;

  @Option(
      names = "--timeout",
      defaultValue = "10",
      paramLabel = "SECONDS",
      description = "How long to wait for each answer (default: ${DEFAULT-VALUE}).")
  int timeoutSeconds;

  @Override
  public Integer call() throws IOException, InterruptedException {
    Path siteDir = main.root().resolve("site");
    KnowledgeBase kb;
    try {
      kb = ContentLoader.load(siteDir);
    } catch (ContentException e) {
      e.errors().forEach(main.err::println);
      main.err.println(e.errors().size() + " error(s): fix them, then check the links again.");
      return 1;
    }
    Map<String, LinkSources.Usage> usages = LinkSources.of(kb);
    LinkReport previous = LinkReport.read(siteDir);
    List<String> urls = new ArrayList<>(usages.keySet());
    main.out.printf(
        "Checking %d links (%d at once, at most %d per host) ...%n",
        urls.size(), concurrency, perHost);
    main.out.flush();
    long start = System.nanoTime();
    AtomicInteger done = new AtomicInteger();
    boolean interactive = System.console() != null;
    List<LinkResult> checked =
        LinkChecker.create(
                c ->
                    c.concurrency(concurrency)
                        .perHost(perHost)
                        .timeout(Duration.ofSeconds(timeoutSeconds)))
            .check(
                urls,
                r -> {
                  int n = done.incrementAndGet();
                  if (interactive) {
                    synchronized (main.err) {
                      main.err.printf("\r%d of %d links checked", n, urls.size());
                      main.err.flush();
                    }
                  }
                });
    if (interactive) {
      main.err.println();
    }
    List<LinkResult> results = new ArrayList<>();
    for (LinkResult r : checked) {
      LinkSources.Usage usage = usages.get(r.url());
      results.add(r.usedBy(usage.ids(), usage.successor()).since(previous.get(r.url())));
    }
    LinkReport report = LinkReport.of(results);
    print(report);
    report.write(siteDir);
    main.out.printf(
        "%d links in %.1f s: %d fine, %d moved, %d dead, %d did not answer. Written to %s; the"
            + " next ./kb build shows it at /maintainers/links.html.%n",
        results.size(),
        (System.nanoTime() - start) / 1e9,
        report.withStatus("fine").size(),
        report.withStatus("moved").size(),
        report.withStatus("dead").size(),
        report.getUnreachable().size(),
        siteDir.resolve(LinkReport.FILE));
    return 0;
  }

  private void print(LinkReport report) {
    for (LinkResult r : report.getAll()) {
      if (r.status() == LinkStatus.FINE || r.status() == LinkStatus.SKIPPED) {
        continue;
      }
      StringBuilder line = new StringBuilder();
      line.append(String.format("%-11s %s  (%s)", r.status().getId(), r.url(), r.detail()));
      if (r.lastWorking() != null && r.status() != LinkStatus.MOVED) {
        line.append(" last seen working ").append(r.lastWorking());
      }
      line.append(" used by ").append(String.join(", ", r.usedBy()));
      if (r.successor() != null) {
        line.append("; now: ").append(r.successor());
      }
      main.out.println(line);
    }
  }
}
