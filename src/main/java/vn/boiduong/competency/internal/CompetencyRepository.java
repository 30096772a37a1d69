package vn.boiduong.competency.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CompetencyRepository extends JpaRepository<Competency, Long> {

    /** Trainings come with them in one more statement (batch fetch), never one per competency. */
    List<Competency> findByAgencyIdOrderByGroupAscCodeAsc(Long agencyId);

    Optional<Competency> findByAgencyIdAndCode(Long agencyId, String code);
}
