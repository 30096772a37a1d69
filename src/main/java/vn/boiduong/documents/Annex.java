package vn.boiduong.documents;

import java.util.List;
import java.util.Objects;

/**
 * An annex printed on its own page after the signature: bold centred title lines ("PHỤ LỤC",
 * "DANH SÁCH CÁC LỚP …"), an italic note ("(Kèm theo Quyết định số 05/QĐ-SNV ngày 05/02/2027 của
 * Giám đốc Sở Nội vụ)"), then the table, its header repeated on every page.
 */
public record Annex(List<String> titleLines, String note, Table table, boolean landscape) {

    public Annex {
        titleLines = titleLines == null ? List.of() : List.copyOf(titleLines);
        Objects.requireNonNull(table, "table");
    }
}
