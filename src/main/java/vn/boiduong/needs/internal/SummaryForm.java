package vn.boiduong.needs.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.boiduong.documents.Column;
import vn.boiduong.documents.FormFooter;
import vn.boiduong.documents.FormSheet;
import vn.boiduong.documents.Row;
import vn.boiduong.documents.RowStyle;
import vn.boiduong.documents.Table;
import vn.boiduong.needs.NeedSummary;
import vn.boiduong.organization.Agency;

/**
 * The B2 summary as a form of the documents module, so that it prints like the plan's forms: the
 * agency and a merged title, bold headers, numbers as numbers with "#,##0", user text never a
 * formula, the total as values, the signatures under it.
 */
public final class SummaryForm {

    static final List<Column> COLUMNS = List.of(Column.of("STT", 5), Column.of("Nội dung đào tạo, bồi dưỡng", 40),
            Column.of("Loại", 26), Column.of("Trình độ, hạng", 12), Column.of("Số người", 9),
            Column.of("Số đơn vị", 9), Column.of("Đơn vị đề xuất", 36), Column.of("Kinh phí dự kiến (đồng)", 16),
            Column.of("Thời gian dự kiến", 12), Column.of("Ghi chú", 18));

    private SummaryForm() {
    }

    /**
     * @param preparer the name of the person exporting, printed under "Người lập biểu"
     */
    public static FormSheet of(Agency agency, NeedSummary summary, String preparer, LocalDate today) {
        List<Row> rows = new ArrayList<>();
        int stt = 1;
        for (NeedSummary.Line l : summary.items()) {
            rows.add(Row.of(stt++, l.title(), l.categoryLabel(), l.levelLabel(), l.headcount(), l.unitCount(),
                    String.join("; ", l.unitNames()), l.estimatedCost(), l.quarterText(),
                    l.merged() ? "Gộp từ " + l.needs().size() + " nhu cầu" : null));
        }
        // the unit count is not summed: a unit asking for two lines is still one unit
        rows.add(Row.styled(RowStyle.TOTAL, null, "Tổng cộng", null, null, summary.totalHeadcount(), null, null,
                summary.totalEstimatedCost(), null, null));
        return new FormSheet("Tổng hợp nhu cầu " + summary.year(), null,
                List.of(agency.getName().toUpperCase(Locale.forLanguageTag("vi")),
                        "TỔNG HỢP NHU CẦU ĐÀO TẠO, BỒI DƯỠNG NĂM " + summary.year()),
                List.of("(Các nhu cầu đã được Văn phòng tiếp nhận; đơn vị tính: người, đồng)"),
                new Table(COLUMNS, rows), false,
                FormFooter.standard(agency.getPlaceName(), today, preparer, agency.getSignerName()));
    }
}
