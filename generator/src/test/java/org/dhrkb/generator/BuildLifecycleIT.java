package org.dhrkb.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.orientechnologies.orient.core.Orient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A build leaves nothing running and tells when it needs doing again. */
class BuildLifecycleIT {

  @Test
  void buildShutsJBakesDatabaseDownAndLeavesNoThreadRunning(@TempDir Path out) throws Exception {
    Set<Thread> before = Thread.getAllStackTraces().keySet();
    Generator.create(c -> c.root(BuiltSite.projectRoot()).output(out.resolve("site"))).build();
    // A running OrientDB engine holds memory and timers for the life of the process: with
    // `kb serve` rebuilding on every edit, each build would leave another one behind.
    assertFalse(Orient.instance().isActive(), "JBake's OrientDB engine left running");
    List<String> lingering =
        Thread.getAllStackTraces().keySet().stream()
            .filter(t -> !before.contains(t) && t.isAlive() && !t.isDaemon())
            .map(Thread::getName)
            .collect(Collectors.toList());
    assertEquals(
        List.of(),
        lingering,
        "non-daemon threads left by the build keep `kb build` " + "from exiting");
  }

  @Test
  void isStaleUntilBuiltAndAgainAfterAContentEdit(@TempDir Path work) throws Exception {
    Path site = BuiltSite.copySiteTo(work.resolve("site"));
    Generator generator =
        Generator.create(
            c -> c.site(site).templates(BuiltSite.templates()).output(work.resolve("out/site")));
    assertTrue(generator.isStale(), "never built");
    generator.build();
    assertFalse(generator.isStale(), "just built");
    Generator forIntranet =
        Generator.create(
            c ->
                c.site(site)
                    .templates(BuiltSite.templates())
                    .output(work.resolve("out/site"))
                    .baseUrl("https://intranet.example/dhr/"));
    assertTrue(forIntranet.isStale(), "built for the root, wanted under /dhr/");
    Path theme = site.resolve("content/themes/risk-assessment.yaml");
    Files.setLastModifiedTime(
        theme, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 5_000));
    assertTrue(generator.isStale(), "a content file changed");
  }
}
