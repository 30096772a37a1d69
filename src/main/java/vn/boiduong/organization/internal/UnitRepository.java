package vn.boiduong.organization.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import vn.boiduong.organization.Unit;

public interface UnitRepository extends JpaRepository<Unit, Long> {
    List<Unit> findByAgencyIdOrderByOfficeDescNameAsc(Long agencyId);

    List<Unit> findAllByOrderByAgencyIdAscNameAsc();
}
