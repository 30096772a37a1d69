package vn.boiduong.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * CPU time from Linux /proc, in milliseconds: of the server process, and of the PostgreSQL
 * backends serving one database. On a shared machine latency depends on what else runs; the CPU
 * each request costs does not, so it is what tells one version of a query from another.
 */
final class CpuTime {

    private static final double MS_PER_TICK = 10.0; // USER_HZ is 100 on Linux

    private CpuTime() {
    }

    static long ofProcess(long pid) {
        return pid <= 0 ? 0 : ticks(Path.of("/proc", String.valueOf(pid), "stat"));
    }

    /**
     * Only the threads whose name starts with the prefix (Tomcat's request threads, "http-nio-"):
     * the work of the requests themselves, without the JIT compiler, which on a busy 2-core machine
     * is still compiling minutes after the start.
     */
    static long ofThreads(long pid, String prefix) {
        if (pid <= 0) {
            return 0;
        }
        long total = 0;
        try (Stream<Path> tasks = Files.list(Path.of("/proc", String.valueOf(pid), "task"))) {
            for (Path t : (Iterable<Path>) tasks::iterator) {
                try {
                    if (Files.readString(t.resolve("comm")).startsWith(prefix)) {
                        total += ticks(t.resolve("stat"));
                    }
                } catch (IOException gone) {
                    // the thread ended between the listing and the read
                }
            }
        } catch (IOException e) {
            return 0;
        }
        return total;
    }

    /** Backends show "postgres: user database host(port) state" as their command line. */
    static long ofDatabase(String database) {
        if (database == null || database.isBlank()) {
            return 0;
        }
        long total = 0;
        try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
            for (Path p : (Iterable<Path>) procs::iterator) {
                if (!p.getFileName().toString().chars().allMatch(Character::isDigit)) {
                    continue;
                }
                try {
                    String cmd = new String(Files.readAllBytes(p.resolve("cmdline")), StandardCharsets.UTF_8);
                    if (cmd.startsWith("postgres: ") && cmd.contains(" " + database + " ")) {
                        total += ticks(p.resolve("stat"));
                    }
                } catch (IOException gone) {
                    // the process ended between the listing and the read
                }
            }
        } catch (IOException e) {
            return 0;
        }
        return total;
    }

    private static long ticks(Path stat) {
        try {
            String s = Files.readString(stat);
            // fields after the parenthesised command name: state is the 3rd, utime the 14th, stime the 15th
            String[] f = s.substring(s.lastIndexOf(')') + 2).split(" ");
            return Math.round((Long.parseLong(f[11]) + Long.parseLong(f[12])) * MS_PER_TICK);
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }
}
