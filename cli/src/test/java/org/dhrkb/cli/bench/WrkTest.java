package org.dhrkb.cli.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class WrkTest {
  @Test
  void readsThroughputPercentilesAndErrorsFromWrksOutput() throws Exception {
    String out =
        """
        Running 3s test @ http://127.0.0.1:40957/health
          2 threads and 32 connections
          Thread Stats   Avg      Stdev     Max   +/- Stdev
            Latency    58.69ms  121.54ms   1.00s    91.53%
            Req/Sec   385.86    239.49     1.00k    62.07%
          Latency Distribution
             50%  35.98ms
             75%   52.10ms
             90%  100.00ms
             99%  705.15us
          2301 requests in 3.00s, 450.17KB read
          Socket errors: connect 0, read 2, write 0, timeout 9
          Non-2xx or 3xx responses: 4
        Requests/sec:    767.02
        Transfer/sec:    150.06KB
        """;

    Wrk.Result r = Wrk.parse(out);

    assertEquals(767.02, r.requestsPerSecond(), 1e-9);
    assertEquals(35.98, r.p50Millis(), 1e-9);
    assertEquals(0.70515, r.p99Millis(), 1e-9);
    assertEquals(2301, r.requests());
    assertEquals(4, r.non2xx());
    assertEquals(2, r.socketErrors());
    assertEquals(9, r.timeouts());
  }
}
