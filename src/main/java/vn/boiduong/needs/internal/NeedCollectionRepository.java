package vn.boiduong.needs.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import vn.boiduong.needs.NeedCollection;

public interface NeedCollectionRepository extends JpaRepository<NeedCollection, Long> {
    Optional<NeedCollection> findByAgencyIdAndYear(Long agencyId, int year);

    /** Collections of this year and later, soonest first: what unit heads are reminded of. */
    List<NeedCollection> findByAgencyIdAndYearGreaterThanEqualOrderByYearAsc(Long agencyId, int year);

    List<NeedCollection> findByAgencyIdOrderByYearDesc(Long agencyId);

    /** Every agency's collections due in a window: what the reminder job looks at. */
    List<NeedCollection> findByDueDateBetweenOrderById(java.time.LocalDate from, java.time.LocalDate to);
}
