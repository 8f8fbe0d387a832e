package org.dhrkb.generator.bake;

import com.sass_lang.embedded_protocol.OutputStyle;
import de.larsgrefer.sass.embedded.CompileSuccess;
import de.larsgrefer.sass.embedded.SassCompilationFailedException;
import de.larsgrefer.sass.embedded.SassCompiler;
import de.larsgrefer.sass.embedded.SassCompilerFactory;
import de.larsgrefer.sass.embedded.logging.Slf4jLoggingHandler;
import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.dhrkb.generator.BuildException;
import org.dhrkb.generator.publish.SitePublisher;
import org.slf4j.LoggerFactory;

/**
 * The site's look: GOV.UK Frontend from its Maven webjar, compiled from Sass with our own settings
 * (our font stack, no crown), and its JavaScript. Compiling takes seconds, so the CSS is cached on
 * disk under a hash of everything that makes it: our Sass, the GOV.UK Frontend version and the
 * compiler's version. Every build, test JVM and checkout on the machine shares the cache; a change
 * to any input makes a new key, so a stale stylesheet is never reused.
 */
public final class FrontendAssets {
  private static final String WEBJAR = "META-INF/resources/webjars/govuk-frontend/";
  private static final String POM = "META-INF/maven/org.webjars.npm/govuk-frontend/pom.properties";

  /** Part of the key: a change to how we call the compiler must not reuse old output. */
  private static final String SETTINGS = "compressed;quiet-deps";

  private FrontendAssets() {}

  /**
   * The cache shared by every build of this user: {@code -Dkb.cache}, else {@code
   * $XDG_CACHE_HOME/dhr-kb}, else {@code ~/.cache/dhr-kb}.
   */
  public static Path sharedCacheDir() {
    String configured = System.getProperty("kb.cache");
    if (configured != null && !configured.isBlank()) {
      return Path.of(configured);
    }
    String xdg = System.getenv("XDG_CACHE_HOME");
    Path base =
        xdg != null && !xdg.isBlank()
            ? Path.of(xdg)
            : Path.of(System.getProperty("user.home"), ".cache");
    return base.resolve("dhr-kb");
  }

  /**
   * Writes {@code css/site.css} and {@code js/govuk-frontend.min.js} into the site.
   *
   * @param scssDir folder holding {@code site.scss}
   * @param site the site being built
   * @param cacheDir a folder kept between builds, see {@link #sharedCacheDir()}
   * @throws BuildException when the Sass does not compile or a file cannot be written
   */
  public static void write(Path scssDir, Path site, Path cacheDir) {
    try {
      String version = govukVersion();
      Path css = site.resolve("css/site.css");
      Files.createDirectories(css.getParent());
      try {
        Files.createDirectories(cacheDir);
      } catch (IOException e) {
        throw new BuildException(
            "cannot create the stylesheet cache "
                + cacheDir
                + " ("
                + e.getMessage()
                + "): run with -Dkb.cache=<a folder you can write>",
            e);
      }
      Path cached = cacheDir.resolve("site-" + hash(scssDir, version) + ".css");
      if (!Files.exists(cached)) {
        String compiled = compile(scssDir, extract(version, cacheDir));
        // Another JVM may be writing the same key: each writes its own file and moves it into
        // place in one step, so no reader ever sees half a stylesheet.
        Path tmp = Files.createTempFile(cacheDir, "site-", ".css.tmp");
        Files.writeString(tmp, compiled, StandardCharsets.UTF_8);
        Files.move(
            tmp, cached, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      }
      Files.copy(cached, css, StandardCopyOption.REPLACE_EXISTING);
      Path js = site.resolve("js/govuk-frontend.min.js");
      Files.createDirectories(js.getParent());
      String script = WEBJAR + version + "/dist/govuk/govuk-frontend.min.js";
      try (InputStream in = FrontendAssets.class.getClassLoader().getResourceAsStream(script)) {
        if (in == null) {
          throw new BuildException("govuk-frontend " + version + " has no " + script);
        }
        Files.copy(in, js, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (SassCompilationFailedException e) {
      throw new BuildException("the stylesheet does not compile: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new BuildException("cannot write the stylesheet: " + e.getMessage(), e);
    }
  }

  private static String compile(Path scssDir, Path govuk)
      throws IOException, SassCompilationFailedException {
    try (SassCompiler sass = SassCompilerFactory.bundled()) {
      sass.setLoadPaths(List.of(govuk.toFile(), scssDir.toFile()));
      sass.setQuietDeps(true);
      // GOV.UK Frontend 5 uses @import, which Dart Sass reports as deprecated on every build.
      sass.setLoggingHandler(
          new Slf4jLoggingHandler(LoggerFactory.getLogger(FrontendAssets.class)));
      Path main = scssDir.resolve("site.scss");
      CompileSuccess result = sass.compileFile(main.toFile(), OutputStyle.COMPRESSED);
      return result.getCss();
    }
  }

  /** The sass-embedded version this build was made with (its bundled Dart Sass follows it). */
  private static String compilerVersion() throws IOException {
    try (InputStream in = FrontendAssets.class.getResourceAsStream("sass.properties")) {
      if (in == null) {
        throw new BuildException("sass.properties is missing from the generator's jar");
      }
      Properties p = new Properties();
      p.load(in);
      return p.getProperty("sass-embedded.version");
    }
  }

  private static String govukVersion() throws IOException {
    try (InputStream in = FrontendAssets.class.getClassLoader().getResourceAsStream(POM)) {
      if (in == null) {
        throw new BuildException(
            "govuk-frontend is not on the classpath; it comes from "
                + "org.webjars.npm:govuk-frontend in generator/pom.xml");
      }
      Properties p = new Properties();
      p.load(in);
      return p.getProperty("version");
    }
  }

  /** Unpacks the webjar's files once per version, so Sass can load them from disk. */
  private static Path extract(String version, Path cacheDir) throws IOException {
    Path target = cacheDir.resolve("govuk-frontend-" + version);
    if (Files.exists(target.resolve(".complete"))) {
      return target;
    }
    String prefix = WEBJAR + version + "/";
    URL anchor = FrontendAssets.class.getClassLoader().getResource(prefix + "package.json");
    if (anchor == null) {
      throw new BuildException("govuk-frontend " + version + " files not found in its webjar");
    }
    Path tmp =
        Files.createDirectories(cacheDir)
            .resolve("govuk-frontend-" + version + ".tmp" + System.nanoTime());
    JarURLConnection connection = (JarURLConnection) anchor.openConnection();
    connection.setUseCaches(false);
    try (JarFile jar = connection.getJarFile()) {
      for (JarEntry entry : (Iterable<JarEntry>) jar.stream()::iterator) {
        String name = entry.getName();
        if (entry.isDirectory()
            || !name.startsWith(prefix)
            || !(name.endsWith(".scss") || name.endsWith(".min.js"))) {
          continue;
        }
        Path out = tmp.resolve(name.substring(prefix.length())).normalize();
        if (!out.startsWith(tmp)) {
          continue;
        }
        Files.createDirectories(out.getParent());
        try (InputStream in = jar.getInputStream(entry)) {
          Files.copy(in, out);
        }
      }
    }
    Files.createFile(tmp.resolve(".complete"));
    if (Files.exists(target) && !Files.exists(target.resolve(".complete"))) {
      SitePublisher.delete(target);
    }
    try {
      Files.move(tmp, target);
    } catch (FileAlreadyExistsException | DirectoryNotEmptyException e) {
      // Another JVM unpacked the same version first; its copy is as good as ours.
      SitePublisher.delete(tmp);
    }
    return target;
  }

  private static String hash(Path scssDir, String version) throws IOException {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      String compiler = compilerVersion();
      String inputs = version + ";" + compiler + ";" + SETTINGS + ";";
      digest.update(inputs.getBytes(StandardCharsets.UTF_8));
      try (Stream<Path> files = Files.walk(scssDir)) {
        for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
          digest.update(scssDir.relativize(f).toString().getBytes(StandardCharsets.UTF_8));
          digest.update(Files.readAllBytes(f));
        }
      }
      return HexFormat.of().formatHex(digest.digest()).substring(0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
