package vn.boiduong.competency;

import java.io.IOException;

/**
 * One uploaded evidence file as the web layer hands it over: the name the client sent, the size it
 * declared, and a way to read the bytes, which the service calls only once the size has passed.
 */
public record EvidenceUpload(String fileName, long size, Content content) {

    @FunctionalInterface
    public interface Content {
        byte[] read() throws IOException;
    }
}
