package vn.boiduong.planning.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.boiduong.common.TrainingCategory;
import vn.boiduong.common.web.PageHelpers;
import vn.boiduong.documents.Column;
import vn.boiduong.documents.FormFooter;
import vn.boiduong.documents.FormSheet;
import vn.boiduong.documents.Row;
import vn.boiduong.documents.RowStyle;
import vn.boiduong.documents.Table;
import vn.boiduong.organization.Agency;
import vn.boiduong.planning.FundingSource;
import vn.boiduong.planning.PlanItem;
import vn.boiduong.planning.ServedNeed;
import vn.boiduong.planning.TrainingPlan;
import vn.boiduong.planning.UnitShare;

/**
 * Forms 2a, 2b (the planned headcount and budget of the approved plan by unit of the people
 * targeted, in the column groups of 1a/1b) and 2c (the list of classes), as forms.md reconstructs
 * them ("mẫu mặc định — có thể điều chỉnh"). Headcount and budget of an item are split over the
 * units whose needs it serves ({@link UnitShare}); budget in millions of VND as the forms count.
 */
@Component
public class PlanForms {

    static final String DEFAULT_NOTE = "Mẫu mặc định — có thể điều chỉnh";

    public FormSheet form2c(TrainingPlan p, Agency agency, Map<Long, ServedNeed> needs) {
        List<Row> rows = new ArrayList<>();
        long budget = 0;
        int headcount = 0;
        for (PlanItem i : p.getItems()) {
            List<String> units = i.getNeedIds().stream().map(needs::get).filter(java.util.Objects::nonNull)
                    .map(ServedNeed::unitName).distinct().toList();
            rows.add(Row.of(i.getSequence(), i.getTitle(), i.describeCategory(), i.getTargetLearners(),
                    i.getHeadcount(), PageHelpers.DATE.format(i.getStartDate()) + " – "
                            + PageHelpers.DATE.format(i.getEndDate()), nz(i.getLocation()), nz(i.getInstitution()),
                    nz(i.getLecturers()), i.getBudgetTotal(), i.getFundingSource().label(), String.join(", ", units),
                    i.getKind().label()));
            budget += i.getBudgetTotal();
            headcount += i.getHeadcount();
        }
        rows.add(Row.styled(RowStyle.TOTAL, "", "Tổng cộng", "", "", headcount, "", "", "", "", budget, "", "", ""));
        Table table = new Table(List.of(Column.of("STT", 5), Column.of("Tên lớp / nội dung", 30),
                Column.of("Loại", 22), Column.of("Đối tượng", 20), Column.of("Số lượng", 9),
                Column.of("Thời gian", 22), Column.of("Địa điểm", 18), Column.of("Cơ sở đào tạo", 20),
                Column.of("Giảng viên", 18), Column.of("Kinh phí dự kiến (đồng)", 14),
                Column.of("Nguồn kinh phí", 16), Column.of("Đơn vị đề xuất", 22), Column.of("Ghi chú", 14)), rows);
        return new FormSheet("Biểu 2c", "Biểu số 2c", List.of(agency.getName().toUpperCase(),
                "DANH SÁCH CÁC LỚP ĐÀO TẠO, BỒI DƯỠNG TRONG KẾ HOẠCH NĂM " + p.getYear()),
                List.of("Đơn vị tính: người; kinh phí: đồng", DEFAULT_NOTE), table, true, footer(p, agency));
    }

    /** 2a: cán bộ, công chức (QLNN group); 2b: viên chức (professional title group). */
    public FormSheet form2ab(String form, TrainingPlan p, Agency agency, Map<Long, ServedNeed> needs) {
        boolean civilServants = "2a".equals(form);
        List<TrainingCategory> categories = new ArrayList<>();
        for (TrainingCategory c : TrainingCategory.values()) {
            if (c == (civilServants ? TrainingCategory.PROFESSIONAL_TITLE : TrainingCategory.STATE_MANAGEMENT)) {
                continue;
            }
            categories.add(c);
        }
        // leaf columns: each level of a category with levels, or the category itself
        List<String[]> leaves = new ArrayList<>();
        List<Column> columns = new ArrayList<>(List.of(Column.of("STT", 5), Column.of("Đơn vị", 30),
                Column.of("Tổng số (lượt người)", 10)));
        for (TrainingCategory c : categories) {
            if (c.hasLevels()) {
                List<Column> kids = new ArrayList<>();
                for (TrainingCategory.Level l : c.levels()) {
                    kids.add(Column.of(l.label(), 9));
                    leaves.add(new String[] {c.name(), l.code()});
                }
                columns.add(Column.group(c.label(), kids.toArray(Column[]::new)));
            } else {
                columns.add(Column.of(c.label(), 10));
                leaves.add(new String[] {c.name(), null});
            }
        }
        columns.add(Column.group("Kinh phí dự kiến (triệu đồng)", Column.of("Trung ương", 10),
                Column.of("Địa phương", 10), Column.of("Khác", 10)));
        columns.add(Column.of("Ghi chú", 12));

        Map<String, String> unitNames = new LinkedHashMap<>();
        Map<String, long[]> counts = new LinkedHashMap<>();
        int width = 1 + leaves.size() + 3;
        for (PlanItem i : p.getItems()) {
            if (!categories.contains(i.getCategory())) {
                continue;
            }
            List<ServedNeed> served = i.getNeedIds().stream().map(needs::get).filter(java.util.Objects::nonNull)
                    .toList();
            for (UnitShare s : UnitShare.split(i.getHeadcount(), i.getBudgetTotal(), served)) {
                unitNames.put(s.key(), s.unitName());
                long[] c = counts.computeIfAbsent(s.key(), k -> new long[width]);
                c[0] += s.headcount();
                for (int k = 0; k < leaves.size(); k++) {
                    String[] leaf = leaves.get(k);
                    if (leaf[0].equals(i.getCategory().name())
                            && (leaf[1] == null || leaf[1].equals(i.getLevelCode()))) {
                        c[1 + k] += s.headcount();
                    }
                }
                c[1 + leaves.size() + i.getFundingSource().ordinal()] += s.budget();
            }
        }
        List<Row> rows = new ArrayList<>();
        long[] total = new long[width];
        int n = 0;
        for (Map.Entry<String, long[]> e : counts.entrySet()) {
            rows.add(row(++n, unitNames.get(e.getKey()), e.getValue(), leaves.size(), RowStyle.NORMAL));
            for (int k = 0; k < width; k++) {
                total[k] += e.getValue()[k];
            }
        }
        rows.add(row(null, "Tổng cộng", total, leaves.size(), RowStyle.TOTAL));
        String who = civilServants ? "CÁN BỘ, CÔNG CHỨC" : "VIÊN CHỨC";
        return new FormSheet("Biểu " + form, "Biểu số " + form, List.of(agency.getName().toUpperCase(),
                "KẾ HOẠCH ĐÀO TẠO, BỒI DƯỠNG " + who + " NĂM " + p.getYear()),
                List.of("Đơn vị tính: lượt người (dự kiến); kinh phí: triệu đồng", DEFAULT_NOTE),
                new Table(columns, rows), true, footer(p, agency));
    }

    private static Row row(Integer n, String unit, long[] c, int leafCount, RowStyle style) {
        List<Object> cells = new ArrayList<>();
        cells.add(n == null ? "" : n);
        cells.add(unit);
        for (int k = 0; k <= leafCount; k++) {
            cells.add(c[k]);
        }
        for (FundingSource f : FundingSource.values()) {
            cells.add(Math.round(c[1 + leafCount + f.ordinal()] / 1000.0) / 1000.0);
        }
        cells.add("");
        return Row.styled(style, cells.toArray());
    }

    private static FormFooter footer(TrainingPlan p, Agency agency) {
        return FormFooter.standard(agency.getPlaceName(), p.getDecisionDate(), null, agency.getSignerName());
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
