package org.dhrkb.generator;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import org.dhrkb.generator.content.ContentException;
import org.dhrkb.generator.content.ContentWarning;
import org.dhrkb.generator.fidelity.SourcePublication;

/**
 * Turns the content in {@code site/} and the templates in {@code templates/} into the static site:
 * load and validate, bake with JBake, enrich, publish.
 *
 * <pre>{@code
 * Generator generator = Generator.create(config -> config.root(Path.of(".")));
 * Generator.Report report = generator.build();
 * }</pre>
 *
 * <p>Publishing is atomic: the site is built in a temporary folder beside the output and swapped in
 * only when everything succeeded, so a broken content file never damages the last good site.
 */
public final class Generator {

  /** Where the generator reads from and writes to. Paths default to the usual checkout layout. */
  public static final class Config {
    private Path root = Path.of(".");
    private Path site;
    private Path templates;
    private Path output;
    private SiteAddress address = SiteAddress.NONE;
    private Path source;
    private boolean liveReload;

    /**
     * The top of the checkout; {@code site/}, {@code templates/} and {@code target/site/} are under
     * it.
     */
    public Config root(Path root) {
      this.root = root;
      return this;
    }

    /** The content folder (default {@code root/site}). */
    public Config site(Path site) {
      this.site = site;
      return this;
    }

    /** The Freemarker templates (default {@code root/templates}). */
    public Config templates(Path templates) {
      this.templates = templates;
      return this;
    }

    /** Where the site is published (default {@code root/target/site}). */
    public Config output(Path output) {
      this.output = output;
      return this;
    }

    /**
     * Where the site will be hosted, e.g. {@code https://intranet.example/safeguarding/dhr/}: every
     * internal link, asset and form then works under that path, and the sitemap, feed, OpenSearch
     * description and open data give absolute addresses. Without it the site lives at the root of
     * any host and says nothing it cannot know: no sitemap, relative feed links.
     *
     * @throws IllegalArgumentException when it is not an absolute http or https address
     */
    public Config baseUrl(String baseUrl) {
      this.address = baseUrl == null ? SiteAddress.NONE : SiteAddress.of(baseUrl);
      return this;
    }

    /**
     * The 2013 publication {@link #check()} compares the content with (default {@code
     * root/docs/source/dhr-common-themes-2013.md}).
     */
    public Config source(Path source) {
      this.source = source;
      return this;
    }

    /**
     * Build for {@code kb serve --watch}: every page reloads itself when the site is rebuilt. Never
     * for a site to publish.
     */
    public Config liveReload(boolean liveReload) {
      this.liveReload = liveReload;
      return this;
    }

    Path sourceFile() {
      return source != null
          ? source
          : root.resolve("docs").resolve("source").resolve(SourcePublication.FILE_NAME);
    }

    Path siteDir() {
      return site != null ? site : root.resolve("site");
    }

    Path templatesDir() {
      return templates != null ? templates : root.resolve("templates");
    }

    Path outputDir() {
      return output != null ? output : root.resolve("target").resolve("site");
    }
  }

  /**
   * What a build produced.
   *
   * @param output the published site folder
   * @param pages HTML pages written
   * @param items items (lessons, actions, suggestions, resources, glossary entries) published
   * @param elapsed wall time of the whole build
   */
  public record Report(Path output, int pages, int items, Duration elapsed) {}

  private final Config config;

  private Generator(Config config) {
    this.config = config;
  }

  /** Creates a generator; {@code configure} may change any default of {@link Config}. */
  public static Generator create(Consumer<Config> configure) {
    Config config = new Config();
    configure.accept(config);
    return new Generator(config);
  }

  /** The published site folder this generator writes. */
  public Path output() {
    return config.outputDir().toAbsolutePath().normalize();
  }

  /**
   * Validates the content without building anything: everything the build checks, and the 2013 text
   * word for word against the publication (when its file is there).
   *
   * @return points of style, as {@code file:line:col: warning: …}
   * @throws ContentException listing every problem found, as {@code file:line:col: error: …}
   */
  public List<ContentWarning> check() throws ContentException {
    return ContentCheck.run(config.siteDir(), config.sourceFile());
  }

  /**
   * Builds and publishes the site.
   *
   * @throws ContentException listing every content problem; nothing is published then
   * @throws BuildException when baking or writing fails for a reason other than content
   */
  public Report build() throws ContentException {
    return GeneratorRun.build(
        config.siteDir(),
        config.templatesDir(),
        config.outputDir(),
        config.address,
        config.liveReload);
  }

  /**
   * Whether the published site is missing, older than any file of the content or templates, or
   * built for another base URL, so that {@code kb serve} only rebuilds when something changed.
   */
  public boolean isStale() {
    return GeneratorRun.isStale(
        config.siteDir(), config.templatesDir(), config.outputDir(), config.address);
  }
}
