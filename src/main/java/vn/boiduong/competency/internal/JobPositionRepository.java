package vn.boiduong.competency.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface JobPositionRepository extends JpaRepository<JobPosition, Long> {
    List<JobPosition> findByAgencyIdOrderByNameAsc(Long agencyId);
}
