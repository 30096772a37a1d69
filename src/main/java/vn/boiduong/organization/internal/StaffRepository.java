package vn.boiduong.organization.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import vn.boiduong.organization.Staff;

public interface StaffRepository extends JpaRepository<Staff, Long> {

    @Query("""
            select s from Staff s
            where s.agencyId = :agencyId
              and (:unitId is null or s.unitId = :unitId)
              and (:activeOnly = false or s.active = true)
              and (:q is null or s.searchText like :q)
            """)
    Page<Staff> search(@Param("agencyId") Long agencyId, @Param("unitId") Long unitId, @Param("q") String q,
            @Param("activeOnly") boolean activeOnly, Pageable pageable);

    Optional<Staff> findByAgencyIdAndCode(Long agencyId, String code);

    @Query("select s.code from Staff s where s.agencyId = :agencyId and s.code in :codes")
    List<String> existingCodes(@Param("agencyId") Long agencyId, @Param("codes") Collection<String> codes);

    long countByAgencyId(Long agencyId);
}
