package vn.boiduong.documents;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * An administrative document in the layout of Decree 30/2020/NĐ-CP: everything the renderers print,
 * as plain values. Names, places, signer and recipients come from the agency's settings (never
 * from code), so the callers pass them in.
 *
 * <p>A decision has legal bases, the enacting line "QUYẾT ĐỊNH:" and articles; a plan or a report
 * has plain paragraphs instead. Parts that are empty are left out.
 *
 * @param parentAgency  "ỦY BAN NHÂN DÂN\nTỈNH BẮC GIANG" (printed upper case, regular); a line break is
 *                      where the agency wants the header line to break (Decree 30: between words of
 *                      meaning), a long line still wraps
 * @param issuingAgency "SỞ NỘI VỤ" (printed upper case, bold, a short rule under it), line breaks as above
 * @param title         the type line, by default the kind's ("QUYẾT ĐỊNH")
 * @param summary       the trích yếu: "Về việc phê duyệt Kế hoạch …"
 * @param issuer        who decides, printed after the legal bases' heading, e.g. "GIÁM ĐỐC SỞ NỘI VỤ"
 * @param enactingLine  "QUYẾT ĐỊNH:" for a decision, or null
 * @param annex         printed on a new page, or null
 */
public record OfficialDocument(
        String parentAgency,
        String issuingAgency,
        DocumentNumber number,
        String placeName,
        LocalDate date,
        String title,
        String summary,
        String issuer,
        List<String> legalBases,
        String enactingLine,
        List<String> paragraphs,
        List<Article> articles,
        Signature signature,
        List<String> recipients,
        Annex annex) {

    private static final Locale VI = Locale.forLanguageTag("vi");

    public OfficialDocument {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(signature, "signature");
        require(issuingAgency, "issuingAgency");
        parentAgency = headerLines(parentAgency);
        issuingAgency = headerLines(issuingAgency);
        title = title == null || title.isBlank() ? number.kind().title() : title.strip().toUpperCase(VI);
        summary = summary == null ? "" : summary.strip();
        issuer = issuer == null ? "" : issuer.strip().toUpperCase(VI);
        legalBases = copy(legalBases);
        enactingLine = enactingLine == null || enactingLine.isBlank() ? null : enactingLine.strip();
        paragraphs = copy(paragraphs);
        articles = articles == null ? List.of() : List.copyOf(articles);
        recipients = copy(recipients);
    }

    /** "Số: 05/QĐ-SNV". */
    public String numberLine() {
        return number.line();
    }

    /** "Bắc Giang, ngày 05 tháng 02 năm 2027". */
    public String placeAndDateLine() {
        return VietnameseDates.placeAndDate(placeName, date, number.year());
    }

    public static Builder builder() {
        return new Builder();
    }

    private static void require(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is required");
        }
    }

    /** Upper case, each line stripped, empty lines dropped, the breaks kept. */
    private static String headerLines(String name) {
        return name == null ? "" : String.join("\n", copy(List.of(name.split("\\R")))).toUpperCase(VI);
    }

    private static List<String> copy(List<String> lines) {
        return lines == null ? List.of() : lines.stream().filter(Objects::nonNull).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
    }

    /** Fifteen parts are too many for a constructor call that a reader can check. */
    public static final class Builder {
        private String parentAgency;
        private String issuingAgency;
        private DocumentNumber number;
        private String placeName;
        private LocalDate date;
        private String title;
        private String summary;
        private String issuer;
        private final List<String> legalBases = new ArrayList<>();
        private String enactingLine;
        private final List<String> paragraphs = new ArrayList<>();
        private final List<Article> articles = new ArrayList<>();
        private Signature signature;
        private final List<String> recipients = new ArrayList<>();
        private Annex annex;

        public Builder agencies(String parentAgency, String issuingAgency) {
            this.parentAgency = parentAgency;
            this.issuingAgency = issuingAgency;
            return this;
        }

        public Builder number(DocumentNumber number) {
            this.number = number;
            return this;
        }

        public Builder placeAndDate(String placeName, LocalDate date) {
            this.placeName = placeName;
            this.date = date;
            return this;
        }

        public Builder title(String title) {
            this.title = title;
            return this;
        }

        public Builder summary(String summary) {
            this.summary = summary;
            return this;
        }

        public Builder issuer(String issuer) {
            this.issuer = issuer;
            return this;
        }

        public Builder legalBasis(String basis) {
            legalBases.add(basis);
            return this;
        }

        public Builder enactingLine(String line) {
            this.enactingLine = line;
            return this;
        }

        public Builder paragraph(String paragraph) {
            paragraphs.add(paragraph);
            return this;
        }

        public Builder article(Article article) {
            articles.add(article);
            return this;
        }

        public Builder article(String text, String... paragraphs) {
            return article(Article.of(text, paragraphs));
        }

        public Builder signature(Signature signature) {
            this.signature = signature;
            return this;
        }

        public Builder recipients(List<String> lines) {
            recipients.addAll(lines);
            return this;
        }

        public Builder annex(Annex annex) {
            this.annex = annex;
            return this;
        }

        public OfficialDocument build() {
            return new OfficialDocument(parentAgency, issuingAgency, number, placeName, date, title, summary,
                    issuer, legalBases, enactingLine, paragraphs, articles, signature, recipients, annex);
        }
    }
}
