package org.dhrkb.cli;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Watches folders (content, templates, assets) and runs an action once after each burst of changes:
 * an editor's save is often several events (a temporary file, a rename), and one rebuild is enough.
 */
final class SiteWatcher implements AutoCloseable {
  /** Quiet time after the last event before the action runs. */
  private static final long SETTLE_MILLIS = 60;

  private final WatchService service;
  private final Consumer<Set<Path>> action;
  private final Thread thread;

  private SiteWatcher(WatchService service, Consumer<Set<Path>> action) {
    this.service = service;
    this.action = action;
    this.thread = new Thread(this::loop, "kb-watch");
    this.thread.setDaemon(true);
  }

  /**
   * Starts watching {@code folders} and every folder under them; {@code action} hears the files
   * that changed in each burst.
   */
  static SiteWatcher start(List<Path> folders, Consumer<Set<Path>> action) throws IOException {
    SiteWatcher watcher = new SiteWatcher(FileSystems.getDefault().newWatchService(), action);
    for (Path folder : folders) {
      watcher.registerTree(folder);
    }
    watcher.thread.start();
    return watcher;
  }

  private void registerTree(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) {
      return;
    }
    try (Stream<Path> dirs = Files.walk(folder)) {
      for (Path dir : dirs.filter(Files::isDirectory).toList()) {
        dir.register(
            service,
            StandardWatchEventKinds.ENTRY_CREATE,
            StandardWatchEventKinds.ENTRY_MODIFY,
            StandardWatchEventKinds.ENTRY_DELETE);
      }
    }
  }

  private void loop() {
    try {
      while (true) {
        WatchKey key = service.take();
        Set<Path> changed = new LinkedHashSet<>();
        drain(key, changed);
        // Collect the rest of the burst.
        WatchKey more;
        while ((more = service.poll(SETTLE_MILLIS, TimeUnit.MILLISECONDS)) != null) {
          drain(more, changed);
        }
        if (!changed.isEmpty()) {
          action.accept(changed);
        }
      }
    } catch (InterruptedException | ClosedWatchServiceException e) {
      // Closed: stop watching.
    }
  }

  /**
   * Adds a key's changed files to {@code changed} (the folder itself when events were lost),
   * watching new folders too; editor litter is left out.
   */
  private void drain(WatchKey key, Set<Path> changed) {
    Path dir = (Path) key.watchable();
    for (WatchEvent<?> event : key.pollEvents()) {
      if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
        changed.add(dir);
        continue;
      }
      Path child = dir.resolve((Path) event.context());
      String name = child.getFileName().toString();
      if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(child)) {
        try {
          registerTree(child);
        } catch (IOException e) {
          // Gone again already: nothing to watch.
        }
      }
      // Editors' swap and backup files are not content.
      if (!name.startsWith(".") && !name.endsWith("~") && !name.endsWith(".swp")) {
        changed.add(child);
      }
    }
    key.reset();
  }

  @Override
  public void close() throws IOException {
    service.close();
    thread.interrupt();
  }
}
