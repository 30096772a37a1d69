package vn.boiduong.support;

import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What the tests need from outside the JVM: PostgreSQL at 127.0.0.1:5432 and Debian's Chromium
 * with its driver. Absent here, their tests are skipped with a message; in CI
 * (BOIDUONG_REQUIRE_EXTERNAL=true or CI=true) absence is a failure, so CI always runs them.
 */
public final class External {

    /** Each concurrent run (a developer's worktree, CI) may take its own schema: -Dtest.pg.schema=… */
    public static final String PG_SCHEMA = System.getProperty("test.pg.schema", "bd_it");
    public static final String PG_URL = System.getProperty("test.pg.url",
            "jdbc:postgresql://127.0.0.1:5432/test?currentSchema=" + PG_SCHEMA);
    public static final String PG_USER = System.getProperty("test.pg.user", "postgres");
    public static final Path CHROMIUM = Path.of(System.getProperty("test.chromium", "/usr/bin/chromium"));
    public static final Path CHROMEDRIVER = Path.of(System.getProperty("test.chromedriver", "/usr/bin/chromedriver"));

    private External() {
    }

    public static boolean required() {
        return "true".equalsIgnoreCase(System.getenv("BOIDUONG_REQUIRE_EXTERNAL"))
                || "true".equalsIgnoreCase(System.getenv("CI"));
    }

    /** "h2" (default) or "postgres": which database this test run uses (one surefire execution each). */
    public static String database() {
        return System.getProperty("test.db", "h2");
    }

    public static boolean postgresReachable() {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", 5432), 1000);
            return true;
        } catch (Exception e) {
            return false;
        }
    }

    public static boolean chromiumPresent() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    }
}
