package vn.boiduong.needs.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import vn.boiduong.needs.ConsolidatedNeed;

public interface ConsolidatedNeedRepository extends JpaRepository<ConsolidatedNeed, Long> {
    List<ConsolidatedNeed> findByAgencyIdAndYear(Long agencyId, int year);
}
