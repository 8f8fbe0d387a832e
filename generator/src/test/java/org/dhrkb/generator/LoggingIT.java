package org.dhrkb.generator;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * JBake 2.7.0 is compiled against SLF4J 1.7 and the build uses SLF4J 2 with Logback 1.5: what JBake
 * reports (a template that fails, a file it skips) must still reach the log, not vanish into
 * SLF4J's no-op logger.
 */
class LoggingIT {
  @TempDir Path work;

  @Test
  void jbakesLogLinesReachLogback() throws Exception {
    assertInstanceOf(LoggerContext.class, LoggerFactory.getILoggerFactory());
    Logger jbake = (Logger) LoggerFactory.getLogger("org.jbake");
    ListAppender<ILoggingEvent> seen = new ListAppender<>();
    seen.start();
    Level before = jbake.getLevel();
    jbake.setLevel(Level.INFO);
    jbake.addAppender(seen);
    try {
      Path out = work.resolve("site");
      Generator.create(c -> c.root(BuiltSite.projectRoot()).output(out)).build();
    } finally {
      jbake.detachAppender(seen);
      jbake.setLevel(before);
    }
    assertTrue(
        seen.list.stream().anyMatch(e -> e.getLoggerName().startsWith("org.jbake.")),
        "no log line from JBake reached Logback");
  }
}
