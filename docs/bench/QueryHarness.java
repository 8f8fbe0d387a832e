// The query benchmark of BENCHMARKS.md, "The search": a dump of every result (to diff two builds),
// then per-query CPU over the mix and a timed loop (to profile with JFR).
// java -Xmx128m -cp cli/target/kb.jar docs/bench/QueryHarness.java target/bench/x1/out <index dir> mix.txt 15 dump.txt
import java.io.*;
import java.lang.management.*;
import java.nio.file.*;
import java.util.*;
import org.dhrkb.search.index.*;
import org.dhrkb.search.query.*;
public class QueryHarness {
  public static void main(String[] a) throws Exception {
    Path site = Path.of(a[0]), idx = Path.of(a[1]);
    List<String> mix = Files.readAllLines(Path.of(a[2]));
    int loopSeconds = Integer.parseInt(a[3]);
    String dump = a.length > 4 ? a[4] : null;
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    try (SearchIndex index = SearchIndex.open(site, idx)) {
      SearchService service = new SearchService(index);
      List<String> themes, auds;
      try (SearchIndex.Lease l = index.acquire()) {
        themes = new ArrayList<>(new java.util.TreeSet<>(l.generation().themeTitles().keySet()));
        auds = new ArrayList<>(new java.util.TreeSet<>(l.generation().audienceLabels().keySet()));
      }
      List<String> kinds = SearchRequest.KINDS;
      if (dump != null) {
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(dump)))) {
          for (int i = 0; i < mix.size(); i++) {
            String q = mix.get(i);
            out.println("Q " + q);
            out.println(service.search(SearchRequest.of(q)));
            out.println("S " + service.suggest(q, 5));
            if (i % 5 == 0) {
              SearchRequest r = new SearchRequest(q, 10, 0, i % 3 == 0 ? List.of(kinds.get(i % kinds.size())) : List.of(),
                  List.of(themes.get(i % themes.size())), i % 2 == 0 ? List.of(auds.get(i % auds.size())) : List.of());
              out.println("F " + service.search(r));
              out.println("O " + service.search(new SearchRequest(q, 20, 10, List.of(), List.of(), List.of())));
            }
            if (i % 7 == 0) out.println("S2 " + service.suggest(q.length() > 3 ? q.substring(0, q.length() - 2) : q, 8));
            if (i % 11 == 0) {
              out.println("B " + service.search(new SearchRequest("", 10, 0, List.of(), List.of(themes.get(i % themes.size())), List.of())));
              out.println("T " + service.search(new SearchRequest(q, 10, 0, List.of(kinds.get(i % kinds.size())), List.of(), List.of())));
            }
          }
        }
      }
      for (String q : mix) service.search(SearchRequest.of(q));
      for (String q : mix) service.search(SearchRequest.of(q));
      double[] wall = new double[mix.size()], cpu = new double[mix.size()];
      for (int i = 0; i < mix.size(); i++) {
        long c0 = mx.getCurrentThreadCpuTime(), w0 = System.nanoTime();
        service.search(SearchRequest.of(mix.get(i)));
        wall[i] = (System.nanoTime() - w0) / 1e6; cpu[i] = (mx.getCurrentThreadCpuTime() - c0) / 1e6;
      }
      double[] ws = wall.clone(), cs = cpu.clone(); Arrays.sort(ws); Arrays.sort(cs);
      double mean = Arrays.stream(cpu).average().orElse(0);
      int worst = 0; for (int i = 0; i < cpu.length; i++) if (cpu[i] > cpu[worst]) worst = i;
      System.out.printf("wall p50 %.3f p99 %.3f max %.3f | CPU mean %.3f p50 %.3f p99 %.3f max %.3f ms (worst: %s)%n",
          ws[ws.length/2], ws[(int)(ws.length*0.99)], ws[ws.length-1], mean, cs[cs.length/2], cs[(int)(cs.length*0.99)], cs[cs.length-1], mix.get(worst));
      if (loopSeconds > 0) {
        long end = System.nanoTime() + loopSeconds * 1_000_000_000L; long n = 0;
        long c0 = mx.getCurrentThreadCpuTime();
        while (System.nanoTime() < end) { service.search(SearchRequest.of(mix.get((int)(n % mix.size())))); n++; }
        System.out.printf("loop: %d queries, %.3f ms CPU each%n", n, (mx.getCurrentThreadCpuTime() - c0) / 1e6 / n);
      }
      Runtime rt = Runtime.getRuntime(); System.gc();
      System.out.printf("heap after GC %d MB%n", (rt.totalMemory() - rt.freeMemory()) >> 20);
    }
  }
}
