package vn.boiduong.identity.internal;

import java.time.LocalDateTime;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import vn.boiduong.identity.AppUser;

public interface UserRepository extends JpaRepository<AppUser, Long> {
    Optional<AppUser> findByUsername(String username);

    java.util.List<AppUser> findByUsernameIn(java.util.Collection<String> usernames);

    java.util.List<AppUser> findByAgencyIdAndStaffIdIn(Long agencyId, java.util.Collection<Long> staffIds);

    @Query("select u from AppUser u where (:q is null or lower(u.username) like :q or lower(u.fullName) like :q)")
    Page<AppUser> search(@Param("q") String q, Pageable pageable);

    @Query("select u from AppUser u where u.agencyId = :agencyId"
            + " and (:q is null or lower(u.username) like :q or lower(u.fullName) like :q)")
    Page<AppUser> searchInAgency(@Param("agencyId") Long agencyId, @Param("q") String q, Pageable pageable);

    /** Enabled users of an agency (or of one unit of it) holding a role: whom a notice goes to. */
    @Query("""
            select distinct u.id from AppUser u join u.roles r
            where r = :role and u.enabled = true and u.agencyId = :agencyId
              and (:unitId is null or u.unitId = :unitId)
            """)
    java.util.List<Long> idsWithRole(@Param("role") vn.boiduong.common.Role role, @Param("agencyId") Long agencyId,
            @Param("unitId") Long unitId);

    /** A lock that has run out starts the count again. */
    @Modifying
    @Query("update AppUser u set u.failedAttempts = 0, u.lockedUntil = null "
            + "where u.username = :username and u.lockedUntil is not null and u.lockedUntil <= :now")
    int clearExpiredLock(@Param("username") String username, @Param("now") LocalDateTime now);

    /**
     * Counted in the database, so two failures at the same moment both count; not while the account
     * is locked, so wrong passwords during a lock do not lengthen it.
     */
    @Modifying
    @Query("update AppUser u set u.failedAttempts = u.failedAttempts + 1, "
            + "u.lockedUntil = case when u.failedAttempts + 1 >= :max then :until else u.lockedUntil end "
            + "where u.username = :username and (u.lockedUntil is null or u.lockedUntil <= :now)")
    int countFailure(@Param("username") String username, @Param("max") int max, @Param("until") LocalDateTime until,
            @Param("now") LocalDateTime now);

    @Query("select u.failedAttempts from AppUser u where u.username = :username")
    int failuresOf(@Param("username") String username);

    @Modifying
    @Query("update AppUser u set u.failedAttempts = 0, u.lockedUntil = null where u.username = :username")
    int clearFailures(@Param("username") String username);
}
