package vn.boiduong.documents;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A form shaped like 1a/2a (three header levels), with unit rows, their splits and a total. */
final class SampleForms {

    private SampleForms() {
    }

    static List<Column> columns() {
        return List.of(
                Column.of("STT", 5),
                Column.of("Đơn vị", 30),
                Column.of("Tổng số lượt người"),
                Column.group("Đào tạo", Column.of("Tiến sĩ"), Column.of("Thạc sĩ"), Column.of("Đại học")),
                Column.group("Lý luận chính trị", Column.of("Cao cấp"), Column.of("Trung cấp"), Column.of("Sơ cấp")),
                Column.group("Kinh phí (triệu đồng)",
                        Column.group("Ngân sách nhà nước", Column.of("Trung ương"), Column.of("Địa phương")),
                        Column.of("Nguồn khác")),
                Column.of("Ghi chú", 14));
    }

    /** {@code units} unit rows, each followed by a detail row; the total sums the unit rows only. */
    static FormSheet form(int units) {
        List<Row> unitRows = new ArrayList<>();
        List<Row> all = new ArrayList<>();
        for (int i = 0; i < units; i++) {
            String name = switch (i) {
                case 0 -> "=1+1";
                case 1 -> "-Phòng Tổ chức";
                case 2 -> "@Văn phòng";
                default -> "Phòng Cải cách hành chính số " + (i + 1);
            };
            Row unit = Row.of(i + 1, name, 10 + i % 7, i % 2, 1 + i % 3, 2 + i % 4, i % 2, 3, 4 + i % 5,
                    new java.math.BigDecimal("12.5").add(java.math.BigDecimal.valueOf(i % 9)), 30 + i % 4,
                    new java.math.BigDecimal("0.75"), i == 4 ? "+ghi chú" : "");
            unitRows.add(unit);
            all.add(unit);
            all.add(Row.styled(RowStyle.DETAIL, "", "Trong đó: lãnh đạo, quản lý", 2, 0, 1, 1));
        }
        all.add(Row.totalOf(unitRows, "", "Tổng cộng"));
        return new FormSheet("Biểu 1a", "Biểu số 1a",
                List.of("SỞ NỘI VỤ TỈNH BẮC GIANG", "BÁO CÁO KẾT QUẢ ĐÀO TẠO, BỒI DƯỠNG CÁN BỘ, CÔNG CHỨC NĂM 2027"),
                List.of("Đơn vị tính: lượt người; kinh phí: triệu đồng"),
                new Table(columns(), all), true,
                FormFooter.standard("Bắc Giang", LocalDate.of(2028, 1, 15), "Nguyễn Thị Lan", "Vũ Mạnh Hùng"));
    }
}
