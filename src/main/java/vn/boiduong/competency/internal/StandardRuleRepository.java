package vn.boiduong.competency.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/**
 * Every read names the agency: an agency's standards are its own ({@code null}: the national
 * catalogue new agencies copy, the installation administrator's).
 */
public interface StandardRuleRepository extends JpaRepository<StandardRule, Long> {
    List<StandardRule> findByAgencyIdOrderByCodeAsc(Long agencyId);

    List<StandardRule> findByAgencyIdAndActiveTrueOrderByCodeAsc(Long agencyId);

    Optional<StandardRule> findByIdAndAgencyId(Long id, Long agencyId);

    /** The national catalogue (no agency): Spring Data turns a null argument into "is null" only here. */
    List<StandardRule> findByAgencyIdIsNullOrderByCodeAsc();

    Optional<StandardRule> findByIdAndAgencyIdIsNull(Long id);
}
