package vn.boiduong.documents;

/** The kinds of administrative document the product issues, with the symbol and title of Decree 30. */
public enum DocumentKind {
    DECISION("QĐ", "QUYẾT ĐỊNH"),
    PLAN("KH", "KẾ HOẠCH"),
    REPORT("BC", "BÁO CÁO"),
    SUBMISSION("TTr", "TỜ TRÌNH"),
    NOTICE("TB", "THÔNG BÁO");

    private final String symbol;
    private final String title;

    DocumentKind(String symbol, String title) {
        this.symbol = symbol;
        this.title = title;
    }

    /** "QĐ" in "Số: 15/QĐ-SNV". */
    public String symbol() { return symbol; }

    /** The document type line printed above the summary, e.g. "QUYẾT ĐỊNH". */
    public String title() { return title; }
}
