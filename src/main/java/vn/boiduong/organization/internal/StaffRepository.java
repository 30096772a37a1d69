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

    @Query("select s.code from Staff s where s.agencyId = :agencyId and s.code in :codes")
    List<String> existingCodes(@Param("agencyId") Long agencyId, @Param("codes") Collection<String> codes);

    long countByAgencyId(Long agencyId);

    /**
     * The records of a page, by id. A JPQL string, not findAllById: Hibernate keeps the string's
     * interpretation in its plan cache, where findAllById builds and translates a criteria query
     * on every call (a visible part of a search's CPU in the JFR profile).
     */
    @Query("select s from Staff s where s.id in :ids")
    List<Staff> findByIdIn(@Param("ids") Collection<Long> ids);

    @Query("select s.unitId, s.category, s.leader, count(s) from Staff s where s.agencyId = :agencyId"
            + " and s.active = true group by s.unitId, s.category, s.leader")
    List<Object[]> compositionByUnit(@Param("agencyId") Long agencyId);

    @Query("select s.id, s.category, s.leader from Staff s where s.agencyId = :agencyId and s.id in :ids")
    List<Object[]> groupsOf(@Param("agencyId") Long agencyId, @Param("ids") Collection<Long> ids);
}
