package org.dhrkb.search.index;

import java.io.Closeable;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The locks that keep processes sharing an index folder ({@code kb serve}, {@code kb index}, a
 * second server) from deleting each other's generations.
 *
 * <ul>
 *   <li>The folder lock ({@code kb-index.lock}, exclusive) is held while a generation is built,
 *       chosen or deleted, so nobody deletes a generation while it is written or before its user
 *       has marked it.
 *   <li>A generation's use lock ({@code gen-….lock} beside its folder, shared) is held by every
 *       process that has it open. A generation is deleted only by whoever gets that lock
 *       exclusively, that is when no process uses it.
 * </ul>
 *
 * <p>File locks belong to a whole process and the JVM refuses overlapping ones, so this process's
 * own users are counted here and share one file lock.
 */
final class GenerationLocks {
  private static final String FOLDER_LOCK = "kb-index.lock";
  private static final Map<Path, ReentrantLock> FOLDER_LOCKS = new ConcurrentHashMap<>();
  private static final Map<Path, Use> IN_USE = new HashMap<>();

  /** Retired generations of this process waiting for the folder lock to be deleted. */
  private static final Set<Path> RETIRED = ConcurrentHashMap.newKeySet();

  /** How many generations were ever retired: tells a sweep that one came while it held the lock. */
  private static final AtomicLong RETIREMENTS = new AtomicLong();

  private GenerationLocks() {}

  /** Waits for the index folder's lock; closing the result releases it. */
  static Closeable lockFolder(Path root) throws IOException {
    ReentrantLock jvmLock = FOLDER_LOCKS.computeIfAbsent(root, r -> new ReentrantLock());
    jvmLock.lock();
    try {
      Files.createDirectories(root);
      FileChannel channel = open(root.resolve(FOLDER_LOCK));
      FileLock lock = channel.lock();
      Closeable held = held(channel, lock, jvmLock);
      // A generation retired while this was held could not be deleted then: now it can.
      return () -> {
        held.close();
        sweepRetired(root);
      };
    } catch (IOException | RuntimeException e) {
      jvmLock.unlock();
      throw e;
    }
  }

  /** Closing it releases the file lock, closes its channel and gives up this JVM's lock. */
  private static Closeable held(FileChannel channel, FileLock lock, ReentrantLock jvmLock) {
    return () -> {
      try (channel) {
        lock.release();
      } finally {
        jvmLock.unlock();
      }
    };
  }

  /**
   * Deletes a retired generation's folder once no process uses it, without waiting: now if the
   * folder lock is free, else as soon as this process's holder lets go of it (another process's
   * holder leaves it to the next build's clean-up). Runs on a query's thread.
   */
  static void deleteWhenFree(Path generation) throws IOException {
    RETIRED.add(generation);
    RETIREMENTS.incrementAndGet();
    sweepRetired(generation.getParent());
  }

  private static void sweepRetired(Path root) throws IOException {
    while (RETIRED.stream().anyMatch(g -> root.equals(g.getParent()))) {
      long before = RETIREMENTS.get();
      try (Closeable folder = tryLockFolder(root)) {
        if (folder == null) {
          // Its holder sweeps after letting go: it is this process (see lockFolder) or another.
          return;
        }
        for (Path generation : List.copyOf(RETIRED)) {
          if (root.equals(generation.getParent())
              && (deleteIfUnused(generation) || !Files.exists(generation))) {
            RETIRED.remove(generation);
          }
        }
      }
      if (RETIREMENTS.get() == before) {
        // The ones left are used by another process: the next build's clean-up deletes them.
        return;
      }
    }
  }

  /** The folder lock if it is free now, else null: for clean-ups that can wait for next time. */
  static Closeable tryLockFolder(Path root) throws IOException {
    ReentrantLock jvmLock = FOLDER_LOCKS.computeIfAbsent(root, r -> new ReentrantLock());
    if (!jvmLock.tryLock()) {
      return null;
    }
    try {
      FileChannel channel = open(root.resolve(FOLDER_LOCK));
      FileLock lock;
      try {
        lock = channel.tryLock();
      } catch (OverlappingFileLockException e) {
        // This thread holds it already (the JVM lock is reentrant, the file lock is not).
        lock = null;
      }
      if (lock == null) {
        channel.close();
        jvmLock.unlock();
        return null;
      }
      return held(channel, lock, jvmLock);
    } catch (IOException | RuntimeException e) {
      jvmLock.unlock();
      throw e;
    }
  }

  /**
   * Marks a generation as used by this process until the result is closed. Call with the folder
   * lock held, so the generation cannot be deleted between choosing it and marking it.
   */
  static Closeable markInUse(Path generation) throws IOException {
    synchronized (IN_USE) {
      Use use = IN_USE.get(generation);
      if (use == null) {
        FileChannel channel = open(useLockOf(generation));
        try {
          use = new Use(channel, channel.lock(0, Long.MAX_VALUE, true));
        } catch (IOException | RuntimeException e) {
          channel.close();
          throw e;
        }
        IN_USE.put(generation, use);
      }
      use.count++;
    }
    return () -> release(generation);
  }

  private static void release(Path generation) throws IOException {
    synchronized (IN_USE) {
      Use use = IN_USE.get(generation);
      if (use != null && --use.count == 0) {
        IN_USE.remove(generation);
        try (FileChannel channel = use.channel) {
          use.lock.release();
        }
      }
    }
  }

  /**
   * Deletes a generation folder if no process uses it. Call with the folder lock held.
   *
   * @return whether it was deleted
   */
  static boolean deleteIfUnused(Path generation) throws IOException {
    synchronized (IN_USE) {
      if (IN_USE.containsKey(generation)) {
        return false;
      }
      Path lockFile = useLockOf(generation);
      try (FileChannel channel = open(lockFile)) {
        FileLock lock;
        try {
          lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
          return false;
        }
        if (lock == null) {
          return false;
        }
        try {
          SearchIndex.deleteTree(generation);
          Files.deleteIfExists(lockFile);
        } finally {
          lock.release();
        }
        return true;
      }
    }
  }

  static Path useLockOf(Path generation) {
    return generation.resolveSibling(generation.getFileName() + ".lock");
  }

  private static FileChannel open(Path file) throws IOException {
    return FileChannel.open(
        file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
  }

  private static final class Use {
    final FileChannel channel;
    final FileLock lock;
    int count;

    Use(FileChannel channel, FileLock lock) {
      this.channel = channel;
      this.lock = lock;
    }
  }
}
