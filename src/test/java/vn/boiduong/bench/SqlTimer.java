package vn.boiduong.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The raw-SQL baseline of bench/benchmark.sh: runs each query N times on one connection, reading
 * every row and column as the application's driver would, and writes p50/p95 per query. It is the
 * database's part of an endpoint's work without the server: the query the endpoint boils down to.
 *
 * <pre>
 * java -cp ... vn.boiduong.bench.SqlTimer url=jdbc:postgresql://127.0.0.1:5432/bd_bench user=postgres \
 *     runs=50 warmup=5 out=bench/out/sql.tsv 'query=gaps-sql|select ...' 'query=summary-sql|select ...'
 * </pre>
 */
public final class SqlTimer {

    static final String HEADER = "query\truns\trows\tp50_ms\tp95_ms\tmax_ms";

    public static void main(String[] args) throws Exception {
        Map<String, String> opt = new LinkedHashMap<>();
        Map<String, String> queries = new LinkedHashMap<>();
        for (String a : args) {
            String[] kv = a.split("=", 2);
            if (kv[0].equals("query")) {
                String[] q = kv[1].split("\\|", 2);
                queries.put(q[0], q[1]);
            } else {
                opt.put(kv[0], kv[1]);
            }
        }
        int runs = Integer.parseInt(opt.getOrDefault("runs", "50"));
        int warmup = Integer.parseInt(opt.getOrDefault("warmup", "5"));
        List<String> lines = new ArrayList<>(List.of(HEADER));
        try (Connection c = DriverManager.getConnection(opt.get("url"), opt.getOrDefault("user", "postgres"),
                opt.getOrDefault("password", ""))) {
            c.setReadOnly(true);
            for (Map.Entry<String, String> q : queries.entrySet()) {
                long[] times = new long[runs];
                long rows = 0;
                for (int i = -warmup; i < runs; i++) {
                    long t0 = System.nanoTime();
                    rows = run(c, q.getValue());
                    if (i >= 0) {
                        times[i] = System.nanoTime() - t0;
                    }
                }
                Arrays.sort(times);
                String line = String.format(Locale.ROOT, "%s\t%d\t%d\t%.1f\t%.1f\t%.1f", q.getKey(), runs, rows,
                        pct(times, 50) / 1e6, pct(times, 95) / 1e6, times[runs - 1] / 1e6);
                System.out.println(line);
                lines.add(line);
            }
        }
        Path out = Path.of(opt.getOrDefault("out", "bench/out/sql.tsv"));
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.write(out, lines);
    }

    private static long run(Connection c, String sql) throws Exception {
        long rows = 0;
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                for (int k = 1; k <= columns; k++) {
                    rs.getObject(k);
                }
                rows++;
            }
        }
        return rows;
    }

    private static long pct(long[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }
}
