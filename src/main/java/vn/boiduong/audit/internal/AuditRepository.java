package vn.boiduong.audit.internal;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;
import vn.boiduong.audit.AuditEntry;

/** Only save and read: no update, no delete, by design. */
public interface AuditRepository extends Repository<AuditEntry, Long> {

    AuditEntry save(AuditEntry entry);

    /** Every agency's lines and the installation's: for the installation administrator only. */
    @Query("select a from AuditEntry a where (:type is null or a.type = :type) and (:id is null or a.entityId = :id)"
            + " order by a.at desc, a.id desc")
    Page<AuditEntry> find(@Param("type") String type, @Param("id") String id, Pageable pageable);

    /** One agency's lines. */
    @Query("select a from AuditEntry a where a.agencyId = :agencyId and (:type is null or a.type = :type)"
            + " and (:id is null or a.entityId = :id) order by a.at desc, a.id desc")
    Page<AuditEntry> findInAgency(@Param("agencyId") Long agencyId, @Param("type") String type,
            @Param("id") String id, Pageable pageable);
}
