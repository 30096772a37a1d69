package vn.boiduong.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.JsonNode;
import vn.boiduong.support.Api;

/**
 * The import half of bench/benchmark.sh: writes a workbook of N valid rows with the test fixture
 * (once, then reused), uploads it as a signed-in office specialist, and polls the import until it
 * is no longer running. Prints and writes one TSV line: rows, seconds, rows per second, status, and
 * the CPU seconds the server and PostgreSQL spent meanwhile (what the import costs, whatever else runs).
 *
 * <pre>
 * java -cp ... vn.boiduong.bench.ImportBench base=http://127.0.0.1:8383 rows=50000 unit=CCHC prefix=BENCH \
 *     file=bench/out/import-50000.xlsx out=bench/out/import.tsv
 * </pre>
 */
public final class ImportBench {

    /** server_cpu_s and db_cpu_s: CPU seconds of the server process and its PostgreSQL backends meanwhile */
    static final String HEADER = "rows\tbytes\tseconds\trows_per_s\tstatus\tprocessed\terrors\tserver_cpu_s\tdb_cpu_s";

    public static void main(String[] args) throws Exception {
        java.util.Map<String, String> opt = new java.util.HashMap<>();
        for (String a : args) {
            String[] kv = a.split("=", 2);
            opt.put(kv[0], kv[1]);
        }
        String base = opt.getOrDefault("base", "http://127.0.0.1:8383");
        int rows = Integer.parseInt(opt.getOrDefault("rows", "50000"));
        Path file = Path.of(opt.getOrDefault("file", "bench/out/import-" + rows + ".xlsx"));
        Path out = Path.of(opt.getOrDefault("out", "bench/out/import.tsv"));
        if (!Files.exists(file)) {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.write(file, workbook(rows, opt.getOrDefault("unit", "CCHC"), opt.getOrDefault("prefix", "BENCH")));
        }
        byte[] bytes = Files.readAllBytes(file);

        Api api = new Api(base).signedIn(opt.getOrDefault("user", "chuyenvien"));
        long serverPid = Long.parseLong(opt.getOrDefault("serverPid", "0"));
        String database = opt.get("database");
        long serverCpu = CpuTime.ofProcess(serverPid);
        long dbCpu = CpuTime.ofDatabase(database);
        long start = System.nanoTime();
        Api.Response posted = api.postFile("/api/v1/staff/imports", "file", file.getFileName().toString(),
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", bytes);
        if (posted.status() != 202) {
            throw new IllegalStateException("upload answered " + posted.status() + ": " + posted.body());
        }
        String id = posted.json().get("id").asString();
        long deadline = start + Long.parseLong(opt.getOrDefault("timeout", "300")) * 1_000_000_000L;
        JsonNode state;
        do {
            Thread.sleep(200);
            state = api.get("/api/v1/staff/imports/" + id).json();
        } while (isRunning(state.get("status").asString()) && System.nanoTime() < deadline);
        double seconds = (System.nanoTime() - start) / 1e9;
        serverCpu = CpuTime.ofProcess(serverPid) - serverCpu;
        dbCpu = CpuTime.ofDatabase(database) - dbCpu;
        String status = state.get("status").asString();
        int errors = state.has("errors") ? state.get("errors").size() : 0;
        String line = String.format(Locale.ROOT, "%d\t%d\t%.1f\t%.0f\t%s\t%d\t%d\t%.1f\t%.1f", rows, bytes.length,
                seconds, rows / seconds, status, state.path("processed").asInt(), errors, serverCpu / 1000.0,
                dbCpu / 1000.0);
        System.out.println(HEADER);
        System.out.println(line);
        if (errors > 0) {
            System.out.println("first error: " + state.get("errors").get(0));
        }
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.write(out, List.of(HEADER, line));
    }

    private static boolean isRunning(String status) {
        return !List.of("DONE", "FAILED", "REJECTED", "ERROR").contains(status);
    }

    /**
     * StaffWorkbooks.validWorkbook(rows, unitCode, codePrefix) from the test fixtures, looked up by
     * name: it arrives with the import feature, and this class must compile before then.
     */
    static byte[] workbook(int rows, String unitCode, String codePrefix) throws Exception {
        Class<?> fixtures = Class.forName("vn.boiduong.fixtures.StaffWorkbooks");
        Object wb = fixtures.getMethod("validWorkbook", int.class, String.class, String.class)
                .invoke(null, rows, unitCode, codePrefix);
        if (wb instanceof byte[] b) {
            return b;
        }
        throw new IllegalStateException("validWorkbook returned " + (wb == null ? null : wb.getClass()));
    }
}
