package vn.boiduong.archive.internal;

import java.io.InputStream;
import java.util.Optional;
import java.util.Set;

/**
 * Where the archive's bytes live, once per SHA-256: in the database (the default, on H2 and PostgreSQL
 * alike, so a database backup carries them) or in a directory every node reaches
 * ({@code boiduong.archive.directory}). The table {@code archive_file} lists them either way.
 */
public interface FileStore {

    /** Stores the bytes under their hash unless they are there already (the caller computed the hash). */
    void put(String sha256, byte[] bytes);

    /** The bytes as stored, or empty when they are missing. */
    Optional<InputStream> open(String sha256);

    /** Erases the bytes (a disposal). */
    void delete(String sha256);

    /** Files present in the store that {@code archive_file} does not list (a directory can hold strays). */
    Set<String> unknown(Set<String> known);
}
