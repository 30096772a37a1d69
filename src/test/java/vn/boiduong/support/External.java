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

    /**
     * LibreOffice ({@code soffice}), which opens the generated DOCX and XLSX as a second reader
     * besides POI: where it is missing the conversion tests skip, in CI they fail.
     */
    public static java.util.Optional<Path> libreOffice() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            for (String name : new String[] {"soffice", "libreoffice"}) {
                Path p = Path.of(dir, name);
                if (Files.isExecutable(p)) {
                    return java.util.Optional.of(p);
                }
            }
        }
        return java.util.Optional.empty();
    }

    /** Skips the calling test where LibreOffice is missing, or fails it where it is required. */
    public static Path requireLibreOffice() {
        java.util.Optional<Path> office = libreOffice();
        if (office.isEmpty() && required()) {
            throw new IllegalStateException("Required in CI but missing: LibreOffice (apt-get install "
                    + "libreoffice-writer-nogui libreoffice-calc-nogui)");
        }
        org.junit.jupiter.api.Assumptions.assumeTrue(office.isPresent(),
                "LibreOffice is not installed: conversion not checked");
        return office.get();
    }

    /** Converts a file with LibreOffice headless ({@code --convert-to pdf}, {@code csv}, …) and returns the result. */
    public static Path convert(Path office, Path file, String to) throws Exception {
        Path dir = file.getParent();
        // its own profile: two conversions at once (or a desktop LibreOffice) would otherwise lock each other
        Path profile = Files.createTempDirectory("lo-profile");
        Process p = new ProcessBuilder(office.toString(), "-env:UserInstallation=" + profile.toUri(), "--headless",
                "--convert-to", to, "--outdir", dir.toString(), file.toString()).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        if (!p.waitFor(180, java.util.concurrent.TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new AssertionError("LibreOffice failed: " + output);
        }
        String base = file.getFileName().toString().replaceFirst("\\.[^.]+$", "");
        Path out = dir.resolve(base + "." + to.split(":")[0]);
        if (!Files.exists(out)) {
            throw new AssertionError("LibreOffice wrote nothing: " + output);
        }
        return out;
    }

    public static boolean chromiumPresent() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    }

    /**
     * A database of its own for a test context that must not share the demo context's: an H2 in
     * memory named {@code bd<name>}, or on PostgreSQL the schema {@code <PG_SCHEMA>_<name>}, cleaned
     * and migrated when the context starts (TestDatabaseConfig).
     */
    /**
     * For an application the test starts itself on PostgreSQL: its own schema {@code <PG_SCHEMA>_<name>},
     * dropped first so each run starts empty, as the spring.* properties that point it there.
     */
    public static java.util.Map<String, String> emptyPostgresSchema(String name) throws java.sql.SQLException {
        String schema = PG_SCHEMA + "_" + name;
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(PG_URL, PG_USER, "");
                java.sql.Statement st = c.createStatement()) {
            st.execute("drop schema if exists " + schema + " cascade");
        }
        java.util.Map<String, String> props = new java.util.LinkedHashMap<>();
        props.put("spring.datasource.url", PG_URL.replace("currentSchema=" + PG_SCHEMA, "currentSchema=" + schema));
        props.put("spring.datasource.username", PG_USER);
        props.put("spring.datasource.password", "");
        props.put("spring.flyway.schemas", schema);
        props.put("spring.flyway.default-schema", schema);
        return props;
    }

    public static void ownDatabase(org.springframework.test.context.DynamicPropertyRegistry registry, String name) {
        // the spring.* properties for a context of its own (FirstStartIT, a child application); the
        // boiduong.test.* ones for a subclass of HttpTest, whose shared values default to them
        if ("postgres".equals(database())) {
            String schema = PG_SCHEMA + "_" + name;
            String url = PG_URL.replace("currentSchema=" + PG_SCHEMA, "currentSchema=" + schema);
            registry.add("boiduong.test.database-url", () -> url);
            registry.add("boiduong.test.schema", () -> schema);
            registry.add("spring.datasource.url", () -> url);
            registry.add("spring.datasource.username", () -> PG_USER);
            registry.add("spring.datasource.password", () -> "");
            registry.add("spring.flyway.schemas", () -> schema);
            registry.add("spring.flyway.default-schema", () -> schema);
            registry.add("spring.flyway.clean-disabled", () -> "false");
        } else {
            String url = "jdbc:h2:mem:bd" + name + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;"
                    + "DB_CLOSE_DELAY=-1";
            registry.add("boiduong.test.database-url", () -> url);
            registry.add("spring.datasource.url", () -> url);
        }
    }
}
