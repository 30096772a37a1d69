package vn.boiduong.organization.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import vn.boiduong.organization.Staff;

public interface StaffRepository extends JpaRepository<Staff, Long> {

    Optional<Staff> findByAgencyIdAndCode(Long agencyId, String code);

    List<Staff> findByIdIn(java.util.Collection<Long> ids);

    List<Staff> findByUnitIdAndActiveTrueOrderByNameSortKeyAscIdAsc(Long unitId);

    @Query("select s.code from Staff s where s.agencyId = :agencyId and s.code in :codes")
    List<String> existingCodes(@Param("agencyId") Long agencyId, @Param("codes") Collection<String> codes);

    long countByAgencyId(Long agencyId);


    @Query("select s.unitId, s.category, s.leader, count(s) from Staff s where s.agencyId = :agencyId"
            + " and s.active = true group by s.unitId, s.category, s.leader")
    List<Object[]> compositionByUnit(@Param("agencyId") Long agencyId);

    @Query("select s.id, s.category, s.leader from Staff s where s.agencyId = :agencyId and s.id in :ids")
    List<Object[]> groupsOf(@Param("agencyId") Long agencyId, @Param("ids") Collection<Long> ids);
}
