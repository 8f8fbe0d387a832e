package org.dhrkb.generator.bake;

import com.orientechnologies.orient.core.Orient;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.dhrkb.generator.BuildException;
import org.dhrkb.generator.content.KnowledgeBase;
import org.jbake.app.ContentStore;
import org.jbake.app.Oven;
import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;

/**
 * Bakes the site with JBake: content files through the Freemarker templates into a folder. Closing
 * it shuts JBake's OrientDB store down, without which its threads keep the JVM alive for about 15
 * seconds after the bake.
 */
public final class SiteBaker implements AutoCloseable {
  /** JBake creates its template engines itself; the knowledge base reaches them from here. */
  private static volatile KnowledgeBase current;

  private static final Object ONE_BAKE_AT_A_TIME = new Object();

  static {
    // OrientDB logs start-up chatter through java.util.logging; only real failures matter here.
    System.setProperty("log.console.level", "severe");
    System.setProperty("log.file.level", "severe");
    // Freemarker would pick any Log4j 1 it finds on the classpath; route it to SLF4J.
    System.setProperty("org.freemarker.loggerLibrary", "SLF4J");
  }

  private final Oven oven;

  private SiteBaker(Oven oven) {
    this.oven = oven;
  }

  /**
   * Prepares a bake of {@code siteDir} (a JBake source folder with {@code jbake.properties})
   * through {@code templatesDir} into {@code destination}. {@code baseUrl} (ending in {@code /}, or
   * empty when unknown) becomes {@code config.site_host} for the feed and the sitemap; without one
   * there is no sitemap, which must list absolute addresses.
   */
  public static SiteBaker create(
      Path siteDir, Path templatesDir, Path destination, String baseUrl) {
    try {
      // The previous build in this process shut the engine down (see close()).
      if (!Orient.instance().isActive()) {
        Orient.instance().startup();
      }
      DefaultJBakeConfiguration config =
          new JBakeConfigurationFactory()
              .createDefaultJbakeConfiguration(siteDir.toFile(), destination.toFile(), true);
      config.setTemplateFolder(templatesDir.toFile());
      config.setDatabaseStore("memory");
      config.setProperty("site.host", baseUrl);
      config.setProperty("render.sitemap", !baseUrl.isEmpty());
      return new SiteBaker(new Oven(config));
    } catch (RuntimeException e) {
      throw new BuildException(
          "JBake could not be set up for " + siteDir + ": " + e.getMessage(), e);
    }
  }

  static KnowledgeBase current() {
    return current;
  }

  /**
   * Renders every page with {@code kb} in the template model.
   *
   * @throws BuildException when a template fails, naming the template and the error
   */
  public void bake(KnowledgeBase kb) {
    synchronized (ONE_BAKE_AT_A_TIME) {
      current = kb;
      try {
        oven.bake();
      } finally {
        current = null;
      }
    }
    List<Throwable> errors = oven.getErrors();
    if (!errors.isEmpty()) {
      throw new BuildException(
          "the templates failed to render:\n"
              + errors.stream().map(SiteBaker::describe).collect(Collectors.joining("\n")),
          errors.get(0));
    }
  }

  private static String describe(Throwable t) {
    StringBuilder sb = new StringBuilder(String.valueOf(t.getMessage()));
    for (Throwable c = t.getCause(); c != null && c != c.getCause(); c = c.getCause()) {
      sb.append("\n  caused by: ").append(c.getMessage());
    }
    return sb.toString();
  }

  @Override
  public void close() {
    ContentStore store = oven.getUtensils().getContentStore();
    if (store != null) {
      store.close();
    }
    // ContentStore.shutdown() restarts the engine rather than stopping it; this stops it, with
    // its timers and memory, so `kb build` exits at once and `kb serve` rebuilds leak nothing.
    Orient.instance().shutdown();
  }
}
