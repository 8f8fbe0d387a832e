package org.dhrkb.generator.bake;

import com.sass_lang.embedded_protocol.OutputStyle;
import de.larsgrefer.sass.embedded.CompileSuccess;
import de.larsgrefer.sass.embedded.SassCompilationFailedException;
import de.larsgrefer.sass.embedded.SassCompiler;
import de.larsgrefer.sass.embedded.SassCompilerFactory;
import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.dhrkb.generator.BuildException;

/**
 * The site's look: GOV.UK Frontend from its Maven webjar, compiled from Sass with our own settings
 * (our font stack, no crown), and its JavaScript. Compiling takes seconds, so the CSS is cached by
 * the hash of our Sass and the GOV.UK Frontend version.
 */
public final class FrontendAssets {
  private static final String WEBJAR = "META-INF/resources/webjars/govuk-frontend/";
  private static final String POM = "META-INF/maven/org.webjars.npm/govuk-frontend/pom.properties";

  private FrontendAssets() {}

  /**
   * Writes {@code css/site.css} and {@code js/govuk-frontend.min.js} into the site.
   *
   * @param scssDir folder holding {@code site.scss}
   * @param site the site being built
   * @param cacheDir a folder kept between builds
   */
  public static void write(Path scssDir, Path site, Path cacheDir) {
    try {
      String version = govukVersion();
      Path govuk = extract(version, cacheDir);
      Path css = site.resolve("css/site.css");
      Files.createDirectories(css.getParent());
      Path main = scssDir.resolve("site.scss");
      Path cached = cacheDir.resolve("site-" + hash(scssDir, version) + ".css");
      if (!Files.exists(cached)) {
        try (SassCompiler sass = SassCompilerFactory.bundled()) {
          sass.setLoadPaths(List.of(govuk.toFile(), scssDir.toFile()));
          sass.setQuietDeps(true);
          // GOV.UK Frontend 5 uses @import, which Dart Sass reports as deprecated on every build.
          sass.setLoggingHandler(
              new de.larsgrefer.sass.embedded.logging.Slf4jLoggingHandler(
                  org.slf4j.LoggerFactory.getLogger(FrontendAssets.class)));
          CompileSuccess result = sass.compileFile(main.toFile(), OutputStyle.COMPRESSED);
          Files.writeString(cached, result.getCss(), StandardCharsets.UTF_8);
        }
      }
      Files.copy(cached, css, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      Path js = site.resolve("js/govuk-frontend.min.js");
      Files.createDirectories(js.getParent());
      Files.copy(
          govuk.resolve("dist/govuk/govuk-frontend.min.js"),
          js,
          java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    } catch (SassCompilationFailedException e) {
      throw new BuildException("the stylesheet does not compile: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new BuildException("cannot write the stylesheet: " + e.getMessage(), e);
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
    if (Files.exists(target)) {
      org.dhrkb.generator.publish.SitePublisher.delete(target);
    }
    Files.move(tmp, target);
    return target;
  }

  private static String hash(Path scssDir, String version) throws IOException {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      digest.update(version.getBytes(StandardCharsets.UTF_8));
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
