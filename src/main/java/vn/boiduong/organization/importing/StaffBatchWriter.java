package vn.boiduong.organization.importing;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.function.IntConsumer;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.boiduong.organization.Staff;
import vn.boiduong.organization.internal.StaffDirectory;

/**
 * Writes new staff rows with JDBC batches: tens of thousands of rows in seconds, where one JPA
 * persist per row would take minutes. The values, name keys included, come from {@link Staff}
 * objects, so they are exactly what {@code Staff.apply} derives for a record made by hand.
 */
final class StaffBatchWriter {

    static final int BATCH = 1000;

    private static final String INSERT = "insert into staff (agency_id, unit_id, code, full_name, name_sort_key, "
            + "search_text, category, gender, birth_date, ethnic_minority, position, grade_code, professional_title, "
            + "title_rank, leader, degree, political_theory, state_management, it_level, foreign_language, active, "
            + "version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, true, 0)";

    private StaffBatchWriter() {
    }

    /** Inserts in the caller's transaction (and marks the agencies' staff as changed, StaffDirectory); {@code progress} hears the number written after each batch. */
    static void insert(JdbcTemplate jdbc, List<Staff> staff, IntConsumer progress) {
        for (int from = 0; from < staff.size(); from += BATCH) {
            List<Staff> chunk = staff.subList(from, Math.min(staff.size(), from + BATCH));
            jdbc.batchUpdate(INSERT, chunk, chunk.size(), StaffBatchWriter::bind);
            progress.accept(from + chunk.size());
        }
        staff.stream().map(Staff::getAgencyId).distinct().forEach(agency -> StaffDirectory.changed(jdbc, agency));
    }

    private static void bind(PreparedStatement ps, Staff s) throws SQLException {
        ps.setLong(1, s.getAgencyId());
        ps.setLong(2, s.getUnitId());
        ps.setString(3, s.getCode());
        ps.setString(4, s.getFullName());
        ps.setString(5, s.getNameSortKey());
        ps.setString(6, s.getSearchText());
        ps.setString(7, s.getCategory().name());
        ps.setString(8, s.getGender().name());
        ps.setObject(9, s.getBirthDate());
        ps.setBoolean(10, s.isEthnicMinority());
        ps.setString(11, s.getPosition());
        ps.setString(12, s.getGradeCode());
        ps.setString(13, s.getProfessionalTitle());
        ps.setString(14, s.getTitleRank());
        ps.setBoolean(15, s.isLeader());
        ps.setString(16, s.getDegree());
        ps.setString(17, s.getPoliticalTheory());
        ps.setString(18, s.getStateManagement());
        ps.setString(19, s.getItLevel());
        ps.setString(20, s.getForeignLanguage());
    }
}
