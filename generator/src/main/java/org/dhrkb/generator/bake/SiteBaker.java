package org.dhrkb.generator.bake;

import com.orientechnologies.orient.core.Orient;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ServiceLoader;
import java.util.stream.Collectors;
import org.apache.commons.lang3.LocaleUtils;
import org.dhrkb.generator.BuildException;
import org.dhrkb.generator.content.KnowledgeBase;
import org.jbake.app.ContentStore;
import org.jbake.app.Oven;
import org.jbake.app.Utensils;
import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;
import org.jbake.model.DocumentTypes;
import org.jbake.render.DocumentsRenderer;
import org.jbake.render.RenderingTool;
import org.jbake.template.ModelExtractors;
import org.jbake.template.ModelExtractorsDocumentTypeListener;
import org.jbake.template.RenderingException;

/**
 * Bakes the site with JBake: content files through the Freemarker templates into a folder. Closing
 * it shuts JBake's OrientDB store down, without which its threads keep the JVM alive for about 15
 * seconds after the bake.
 *
 * <p>The steps are JBake's own ({@code Oven.bake()}: crawl the content into the store, run every
 * renderer, copy the assets) with one renderer swapped: {@link DocumentPages} renders the pages in
 * linear time where JBake 2.7.0's {@link DocumentsRenderer} takes quadratic time.
 *
 * <p>A baker made to keep its store ({@code kb serve --watch}, which rebuilds in the same JVM)
 * leaves JBake's OrientDB database open when it closes, and the next baker reuses it, emptied:
 * creating the database and its schema again was half of a one-edit rebuild's CPU.
 */
public final class SiteBaker implements AutoCloseable {
  /** JBake creates its template engines itself; the knowledge base reaches them from here. */
  private static volatile KnowledgeBase current;

  private static final Object ONE_BAKE_AT_A_TIME = new Object();

  /**
   * The store a keeping baker left open, or null. JBake hands every Oven the same store ({@code
   * DBUtil} keeps one until it is closed), so the next baker finds this one.
   */
  private static ContentStore keptStore;

  static {
    // OrientDB logs start-up chatter through java.util.logging; only real failures matter here.
    System.setProperty("log.console.level", "severe");
    System.setProperty("log.file.level", "severe");
    // Freemarker would pick any Log4j 1 it finds on the classpath; route it to SLF4J.
    System.setProperty("org.freemarker.loggerLibrary", "SLF4J");
    ThemeHeaders.register();
  }

  private final Oven oven;
  private final boolean keepStore;

  private SiteBaker(Oven oven, boolean keepStore) {
    this.oven = oven;
    this.keepStore = keepStore;
  }

  /**
   * Prepares a bake of {@code siteDir} (a JBake source folder with {@code jbake.properties})
   * through {@code templatesDir} into {@code destination}. {@code baseUrl} (ending in {@code /}, or
   * empty when unknown) becomes {@code config.site_host} for the feed and the sitemap; without one
   * there is no sitemap, which must list absolute addresses. With {@code keepStore}, closing the
   * baker leaves JBake's store open for the next one (for a process that rebuilds).
   */
  public static SiteBaker create(
      Path siteDir, Path templatesDir, Path destination, String baseUrl, boolean keepStore) {
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
      return new SiteBaker(new Oven(config), keepStore);
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
    List<Throwable> errors;
    synchronized (ONE_BAKE_AT_A_TIME) {
      current = kb;
      try {
        errors = bakeSteps(oven.getUtensils(), keepStore);
      } finally {
        current = null;
      }
    }
    if (!errors.isEmpty()) {
      throw new BuildException(
          "the templates failed to render:\n"
              + errors.stream().map(SiteBaker::describe).collect(Collectors.joining("\n")),
          errors.get(0));
    }
  }

  /** What {@code Oven.bake()} does in JBake 2.7.0, with {@link DocumentPages} for its pages. */
  private static List<Throwable> bakeSteps(Utensils utensils, boolean keepStore) {
    JBakeConfiguration config = utensils.getConfiguration();
    ContentStore store = utensils.getContentStore();
    String locale = config.getJvmLocale();
    if (locale != null) {
      Locale.setDefault(LocaleUtils.toLocale(locale));
    }
    List<Throwable> errors = new ArrayList<>();
    try {
      if (store == keptStore) {
        // Open since the last bake, maybe on another thread: a query binds its database to this
        // one. The documents are deleted below (the configuration clears the cache).
        store.getDocumentCount(config.getDataFileDocType());
      } else {
        store.startup();
      }
      DocumentTypes.resetDocumentTypes();
      ModelExtractors.getInstance().reset();
      DocumentTypes.addListener(new ModelExtractorsDocumentTypeListener());
      config.getDocumentTypes().forEach(DocumentTypes::addDocumentType);
      DocumentTypes.addDocumentType(config.getDataFileDocType());
      store.updateSchema();
      store.updateAndClearCacheIfNeeded(config.getClearCache(), config.getTemplateFolder());
      utensils.getCrawler().crawl();
      utensils.getCrawler().crawlDataFiles();
      for (RenderingTool tool : ServiceLoader.load(RenderingTool.class)) {
        RenderingTool used =
            tool.getClass() == DocumentsRenderer.class ? new DocumentPages() : tool;
        try {
          used.render(utensils.getRenderer(), store, config);
        } catch (RenderingException e) {
          errors.add(e);
        }
      }
      utensils.getAsset().copy();
      utensils.getAsset().copyAssetsFromContent(config.getContentFolder());
      errors.addAll(utensils.getAsset().getErrors());
    } finally {
      if (keepStore) {
        keptStore = store;
      } else {
        keptStore = null;
        store.close();
      }
    }
    return errors;
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
    if (keepStore) {
      return;
    }
    ContentStore store = oven.getUtensils().getContentStore();
    if (store != null) {
      store.close();
    }
    // ContentStore.shutdown() restarts the engine rather than stopping it; this stops it, with
    // its timers and memory, so `kb build` exits at once and `kb serve` rebuilds leak nothing.
    Orient.instance().shutdown();
  }
}
