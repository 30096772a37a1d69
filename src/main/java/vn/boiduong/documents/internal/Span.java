package vn.boiduong.documents.internal;

/** A run of text in one font style, as a paragraph mixes them ("Điều 1." bold, then the text). */
public record Span(String text, SerifFont font) {

    public static Span regular(String text) { return new Span(text, SerifFont.REGULAR); }
    public static Span bold(String text) { return new Span(text, SerifFont.BOLD); }
    public static Span italic(String text) { return new Span(text, SerifFont.ITALIC); }
    public static Span boldItalic(String text) { return new Span(text, SerifFont.BOLD_ITALIC); }
}
