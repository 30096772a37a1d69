package vn.boiduong.documents;

import java.time.LocalDate;

/**
 * The signatures under a form: "Người lập biểu" on the left, the place and date over "Thủ trưởng cơ
 * quan" on the right, each with the signer's name under space for the signature.
 */
public record FormFooter(String placeName, LocalDate date, String preparerTitle, String preparerName,
        String headTitle, String headName) {

    public FormFooter {
        preparerTitle = preparerTitle == null || preparerTitle.isBlank() ? "Người lập biểu" : preparerTitle.strip();
        headTitle = headTitle == null || headTitle.isBlank() ? "Thủ trưởng cơ quan" : headTitle.strip();
        preparerName = preparerName == null ? "" : preparerName.strip();
        headName = headName == null ? "" : headName.strip();
    }

    public static FormFooter standard(String placeName, LocalDate date, String preparerName, String headName) {
        return new FormFooter(placeName, date, null, preparerName, null, headName);
    }

    /** "Bắc Giang, ngày 05 tháng 02 năm 2027", or blanks to fill in by hand when undated. */
    public String placeAndDateLine() {
        return VietnameseDates.placeAndDate(placeName, date, date == null ? LocalDate.now().getYear() : date.getYear());
    }
}
