// The 2,000-query mix of `kb bench` as a wrk Lua script and a plain list (BENCHMARKS.md, "The search").
// java -cp cli/target/kb.jar docs/bench/MixScript.java target/bench/x1/site mix.lua mix.txt
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.*;
import java.util.*;
public class MixScript {
  public static void main(String[] a) throws Exception {
    List<String> mix = org.dhrkb.cli.bench.QueryMix.create(Path.of(a[0]), 2000, 20131101L);
    StringBuilder lua = new StringBuilder("local paths = {\n");
    StringBuilder plain = new StringBuilder();
    for (String q : mix) {
      String p = "/api/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8);
      lua.append("  \"").append(p.replace("\\", "\\\\").replace("\"", "\\\"")).append("\",\n");
      plain.append(q.replace("\n"," ")).append('\n');
    }
    lua.append("}\nlocal i = 0\nfunction init(args) i = math.random(#paths) end\nfunction request()\n  i = i % #paths + 1\n  return wrk.format(nil, paths[i])\nend\n");
    Files.writeString(Path.of(a[1]), lua);
    Files.writeString(Path.of(a[2]), plain);
  }
}
