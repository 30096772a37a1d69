package vn.boiduong.documents;

import java.util.List;
import java.util.Objects;

/**
 * One article of a decision. It prints as "Điều 1. " (bold, numbered by its position) followed by
 * {@code text}, then each further paragraph of the article on its own line.
 */
public record Article(String text, List<String> paragraphs) {

    public Article {
        Objects.requireNonNull(text, "text");
        paragraphs = paragraphs == null ? List.of() : List.copyOf(paragraphs);
    }

    public static Article of(String text, String... paragraphs) {
        return new Article(text, List.of(paragraphs));
    }

    /** "Điều 3." for the third article. */
    public static String label(int position) {
        return "Điều " + position + ".";
    }
}
