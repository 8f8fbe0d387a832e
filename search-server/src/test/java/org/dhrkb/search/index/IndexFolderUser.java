package org.dhrkb.search.index;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.apache.lucene.search.MatchAllDocsQuery;

/**
 * A second process on an index folder, started by {@link SharedIndexFolderIT}: {@code rebuild} does
 * what {@code kb index} does; {@code hold} opens the index as {@code kb serve} does, prints its
 * generation folder and keeps it until a line arrives on its input; {@code reindex} rebuilds again
 * and again until it is killed.
 */
public final class IndexFolderUser {
  private IndexFolderUser() {}

  /** Arguments: the command, the site folder, the index folder. */
  public static void main(String[] args) throws Exception {
    Path site = Path.of(args[1]);
    Path root = Path.of(args[2]);
    switch (args[0]) {
      case "rebuild" -> System.out.println("rebuilt " + SearchIndex.rebuild(site, root));
      case "hold" -> {
        try (SearchIndex index = SearchIndex.open(site, root)) {
          try (SearchIndex.Lease lease = index.acquire()) {
            System.out.println("holding " + lease.generation().dir());
          }
          System.out.flush();
          new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
          try (SearchIndex.Lease lease = index.acquire()) {
            System.out.println(
                "documents " + lease.generation().searcher().count(new MatchAllDocsQuery()));
          }
        }
      }
      case "reindex" -> {
        while (true) {
          System.out.println("rebuilt " + SearchIndex.rebuild(site, root));
          System.out.flush();
        }
      }
      default -> throw new IllegalArgumentException("unknown command " + args[0]);
    }
    System.out.flush();
  }
}
