package org.dhrkb.search.index;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Closeable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A generation retired while a rebuild holds the index folder's lock (its last query finished then)
 * is deleted when the rebuild lets go, not left on disk for a build that may never come.
 */
class GenerationLocksTest {
  @TempDir Path root;

  @Test
  void aGenerationRetiredWhileTheFolderIsBusyIsDeletedWhenItIsFree() throws Exception {
    Path generation = Files.createDirectories(root.resolve("gen-1-a"));
    Files.writeString(generation.resolve("segments_1"), "index");
    Files.createFile(GenerationLocks.useLockOf(generation));

    try (Closeable rebuilding = GenerationLocks.lockFolder(root)) {
      // The last query on the old generation finishes on its own thread, mid-rebuild.
      CompletableFuture.runAsync(
              () -> {
                try {
                  GenerationLocks.deleteWhenFree(generation);
                } catch (Exception e) {
                  throw new IllegalStateException(e);
                }
              })
          .get(10, TimeUnit.SECONDS);
      assertTrue(Files.isDirectory(generation), "deleted under the rebuild's lock");
    }
    assertFalse(Files.exists(generation), "left on disk after the rebuild let go");
    assertFalse(Files.exists(GenerationLocks.useLockOf(generation)), "its use lock left");
  }

  @Test
  void onTheThreadThatHoldsTheFolderItWaitsForTheRelease() throws Exception {
    Path generation = Files.createDirectories(root.resolve("gen-2-b"));
    try (Closeable rebuilding = GenerationLocks.lockFolder(root)) {
      GenerationLocks.deleteWhenFree(generation);
      assertTrue(Files.isDirectory(generation));
    }
    assertFalse(Files.exists(generation));
  }
}
