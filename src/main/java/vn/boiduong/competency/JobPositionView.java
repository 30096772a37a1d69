package vn.boiduong.competency;

/** A job position (vị trí việc làm); people hold it when their post (staff.position) names it. */
public record JobPositionView(Long id, String name, String description) {
}
