package vn.boiduong.bench;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A closed-loop load generator for bench/benchmark.sh: N client threads each send a request, wait
 * for the answer, and send the next, for a bounded time and a bounded count, only to 127.0.0.1.
 * No internet, no extra tool. Each scenario warms up first (JIT, connection pool), then measures.
 *
 * <pre>
 * java -cp ... vn.boiduong.bench.LoadClient base=http://127.0.0.1:8383 user=chuyenvien password=DemoBD@2026 \
 *     threads=32 prewarm=60 warmup=5 seconds=20 max=200000 out=bench/out/load.tsv \
 *     scenario='search|session|/api/v1/staff?q={term}' scenario='me|session|/api/v1/me' \
 *     scenario='search-alone|session|/api/v1/staff?q={term}|1' \
 *     scenario='form-2c|session|/api/v1/reports/2c?year=2026|1|application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' \
 *     terms='nguyen van,tran thi h,lan'
 * </pre>
 *
 * Authentication is a form sign-in once, then the session cookie: HTTP Basic checks the BCrypt
 * hash on every request, by design, and would measure BCrypt instead of the endpoint. A scenario
 * with "basic" instead of "session" measures exactly that, for comparison; one with "token" sends a
 * personal API token (Authorization: Bearer, made once at the start), what API clients should use.
 */
public final class LoadClient {

    /** threads: 0 for the run's default */
    /** accept: the Accept header (a form as XLSX, a PDF), JSON when not given */
    record Scenario(String name, String auth, String path, int threads, String accept) {
    }

    /**
     * CPU time in ms per request: of the server's request threads, of the whole server process
     * (with JIT compiler and garbage collector), and of its PostgreSQL backends.
     */
    record Result(String name, int threads, long requests, long errors, double seconds, long p50, long p95, long p99,
            long max, double requestCpu, double appCpu, double dbCpu) {
        double rps() {
            return requests / seconds;
        }

        String tsv() {
            return String.format(java.util.Locale.ROOT,
                    "%s\t%d\t%d\t%d\t%.1f\t%.1f\t%.1f\t%.1f\t%.1f\t%.1f\t%.2f\t%.2f\t%.2f", name, threads, requests,
                    errors, seconds, rps(), p50 / 1e6, p95 / 1e6, p99 / 1e6, max / 1e6, requestCpu, appCpu, dbCpu);
        }
    }

    static final String JSON = "application/json";
    static final String HEADER = "scenario\tthreads\trequests\terrors\tseconds\trps\tp50_ms\tp95_ms\tp99_ms\tmax_ms"
            + "\trequest_cpu_ms\tserver_cpu_ms\tdb_cpu_ms";

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).followRedirects(HttpClient.Redirect.NEVER).build();
    private final String base;
    /** the server's pid and its database's name, to read their CPU time from /proc (0 / null: not measured) */
    long serverPid;
    String database;

    LoadClient(String base) {
        if (!URI.create(base).getHost().equals("127.0.0.1") && !URI.create(base).getHost().equals("localhost")) {
            throw new IllegalArgumentException("the load client only talks to this machine: " + base);
        }
        this.base = base;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> opt = new LinkedHashMap<>();
        List<Scenario> scenarios = new ArrayList<>();
        for (String a : args) {
            String[] kv = a.split("=", 2);
            if (kv[0].equals("scenario")) {
                String[] s = kv[1].split("\\|", 5);
                scenarios.add(new Scenario(s[0], s[1], s[2], s.length > 3 && !s[3].isEmpty() ? Integer.parseInt(s[3]) : 0,
                        s.length > 4 ? s[4] : JSON));
            } else {
                opt.put(kv[0], kv[1]);
            }
        }
        LoadClient client = new LoadClient(opt.getOrDefault("base", "http://127.0.0.1:8383"));
        client.serverPid = Long.parseLong(opt.getOrDefault("serverPid", "0"));
        client.database = opt.get("database");
        String user = opt.getOrDefault("user", "chuyenvien");
        String password = opt.getOrDefault("password", "DemoBD@2026");
        int threads = Integer.parseInt(opt.getOrDefault("threads", "32"));
        int warmup = Integer.parseInt(opt.getOrDefault("warmup", "5"));
        int seconds = Integer.parseInt(opt.getOrDefault("seconds", "20"));
        long max = Long.parseLong(opt.getOrDefault("max", "500000"));
        List<String> terms = Arrays.asList(opt.getOrDefault("terms", "nguyen van").split(","));
        Path out = Path.of(opt.getOrDefault("out", "bench/out/load.tsv"));

        String session = client.signIn(user, password);
        String basic = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password)
                .getBytes(StandardCharsets.UTF_8));
        List<String> lines = new ArrayList<>(List.of(HEADER));
        int prewarm = Integer.parseInt(opt.getOrDefault("prewarm", "0"));
        if (prewarm > 0) {
            // every session scenario's requests, mixed, until the JIT compiler has caught up
            List<String> all = new ArrayList<>();
            for (Scenario s : scenarios) {
                if (s.auth().equals("session")) {
                    terms.forEach(t -> all.add(s.path().replace("{term}", URLEncoder.encode(t, StandardCharsets.UTF_8))));
                }
            }
            client.run("prewarm", all, session, null, JSON, Math.max(1, threads / 2), prewarm, max);
        }
        // a personal API token, made once over Basic, for the scenarios that sign in with one
        String bearer = scenarios.stream().anyMatch(s -> s.auth().equals("token")) ? "Bearer "
                + client.makeToken(basic) : null;
        for (Scenario s : scenarios) {
            String auth = s.auth().equals("basic") ? basic : s.auth().equals("token") ? bearer : null;
            List<String> paths = s.path().contains("{term}") ? terms.stream()
                    .map(t -> s.path().replace("{term}", URLEncoder.encode(t, StandardCharsets.UTF_8))).toList()
                    : List.of(s.path());
            if (s.path().contains("{term}")) {
                client.describe(paths, session, out.resolveSibling(s.name() + "-terms.tsv"));
            }
            int n = s.threads() > 0 ? s.threads() : threads;
            client.run(s.name() + "-warmup", paths, session, auth, s.accept(), n, warmup, max);
            Result r = client.run(s.name(), paths, session, auth, s.accept(), n, seconds, max);
            lines.add(r.tsv());
            System.out.println(HEADER);
            System.out.println(r.tsv());
        }
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.write(out, lines);
    }

    /** Signs in through the login form as a browser does; returns the session cookie. */
    String signIn(String user, String password) throws Exception {
        CookieManager cookies = new CookieManager();
        HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER).build();
        String page = browser.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher m = Pattern.compile("name=\"_csrf\" (?:content|value)=\"([^\"]+)\"").matcher(page);
        if (!m.find()) {
            throw new IllegalStateException("no CSRF token on the login page");
        }
        String form = "username=" + enc(user) + "&password=" + enc(password) + "&_csrf=" + enc(m.group(1));
        HttpResponse<String> r = browser.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        String location = r.headers().firstValue("Location").orElse("");
        if (r.statusCode() != 302 || location.contains("error")) {
            throw new IllegalStateException("sign-in failed: " + r.statusCode() + " " + location);
        }
        for (HttpCookie c : cookies.getCookieStore().getCookies()) {
            if (c.getName().equals("JSESSIONID")) {
                return "JSESSIONID=" + c.getValue();
            }
        }
        throw new IllegalStateException("no session cookie after sign-in");
    }

    /** A personal API token of the signed-in user (POST /api/v1/me/tokens over Basic), valid one day. */
    String makeToken(String basic) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/me/tokens"))
                .header("Authorization", basic).header("Content-Type", JSON)
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"Benchmark\",\"days\":1}")).build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher m = Pattern.compile("\"token\":\"([^\"]+)\"").matcher(r.body());
        if (r.statusCode() != 201 || !m.find()) {
            throw new IllegalStateException("no API token: " + r.statusCode() + " " + r.body());
        }
        return m.group(1);
    }

    /** One request per search term, to record how many rows each matches (a fast term may just be a rare one). */
    void describe(List<String> paths, String session, Path file) throws Exception {
        Pattern total = Pattern.compile("\"totalItems\":(\\d+)");
        List<String> lines = new ArrayList<>(List.of("path\tstatus\ttotalItems"));
        for (String p : paths) {
            HttpResponse<String> r = http.send(request(p, session, null, JSON), HttpResponse.BodyHandlers.ofString());
            Matcher m = total.matcher(r.body());
            lines.add(p + "\t" + r.statusCode() + "\t" + (m.find() ? m.group(1) : "?"));
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.write(file, lines);
    }

    Result run(String name, List<String> paths, String session, String basic, String accept, int threads, int seconds,
            long max)
            throws InterruptedException {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        AtomicLong sent = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        AtomicInteger next = new AtomicInteger();
        List<long[]> perThread = new ArrayList<>();
        int[] counts = new int[threads];
        CountDownLatch done = new CountDownLatch(threads);
        long requestBefore = CpuTime.ofThreads(serverPid, "http-nio-");
        long appBefore = CpuTime.ofProcess(serverPid);
        long dbBefore = CpuTime.ofDatabase(database);
        long start = System.nanoTime();
        for (int t = 0; t < threads; t++) {
            long[] latencies = new long[(int) Math.min(max, 100_000)]; // per thread: 32 x 800 kB
            perThread.add(latencies);
            int index = t;
            Thread thread = new Thread(() -> {
                try {
                    while (System.nanoTime() < deadline && sent.incrementAndGet() <= max) {
                        String p = paths.get(Math.floorMod(next.getAndIncrement(), paths.size()));
                        long t0 = System.nanoTime();
                        try {
                            HttpResponse<byte[]> r = http.send(request(p, session, basic, accept),
                                    HttpResponse.BodyHandlers.ofByteArray());
                            if (r.statusCode() != 200) {
                                errors.incrementAndGet();
                            }
                        } catch (Exception e) {
                            errors.incrementAndGet();
                        }
                        if (counts[index] < latencies.length) {
                            latencies[counts[index]++] = System.nanoTime() - t0;
                        }
                    }
                } finally {
                    done.countDown();
                }
            }, "load-" + t);
            thread.setDaemon(true);
            thread.start();
        }
        done.await();
        double elapsed = (System.nanoTime() - start) / 1e9;
        long requestCpu = CpuTime.ofThreads(serverPid, "http-nio-") - requestBefore;
        long appCpu = CpuTime.ofProcess(serverPid) - appBefore;
        long dbCpu = CpuTime.ofDatabase(database) - dbBefore;
        int n = Arrays.stream(counts).sum();
        long[] all = new long[n];
        int k = 0;
        for (int t = 0; t < threads; t++) {
            System.arraycopy(perThread.get(t), 0, all, k, counts[t]);
            k += counts[t];
        }
        Arrays.sort(all);
        return new Result(name, threads, n, errors.get(), elapsed, pct(all, 50), pct(all, 95), pct(all, 99),
                n == 0 ? 0 : all[n - 1], perRequest(requestCpu, n), perRequest(appCpu, n), perRequest(dbCpu, n));
    }

    private static double perRequest(long ms, int requests) {
        return requests == 0 ? 0 : ms / (double) requests;
    }

    private HttpRequest request(String path, String session, String basic, String accept) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .header("Accept", accept);
        return (basic != null ? b.header("Authorization", basic) : b.header("Cookie", session)).GET().build();
    }

    private static long pct(long[] sorted, int p) {
        return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
