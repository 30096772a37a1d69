package vn.boiduong.delivery;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

/**
 * A class's attendance on one grid: its sessions (columns) × its enrolled learners (rows) with their
 * marks, and each learner's attended sessions, share and hours (from the sessions' lengths) against
 * the completion rule in force ({@code minShare}).
 */
public record AttendanceGrid(Long classId, List<SessionColumn> sessions, List<LearnerRow> learners,
        double minShare, String minSharePercent, double totalHours, boolean editable) {

    /** A session; {@code held}: its day has come (a session may be marked from its day on). */
    public record SessionColumn(Long id, LocalDate date, LocalTime startTime, LocalTime endTime, double hours,
            String topic, boolean held) {
    }

    /**
     * A learner: marks by session id (a session not marked yet is missing), sessions attended
     * (PRESENT), the share of all sessions (null without sessions) and the hours attended.
     */
    public record LearnerRow(Long staffId, String fullName, String unitName, Map<Long, Presence> marks, int attended,
            Double attendedShare, String attendedPercent, double attendedHours, boolean meetsRule) {

        public Presence mark(Long sessionId) {
            return marks.get(sessionId);
        }
    }
}
