package vn.boiduong.identity.internal;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import vn.boiduong.identity.AppUser;

public interface ApiTokenRepository extends JpaRepository<ApiToken, Long> {

    List<ApiToken> findByUserIdOrderByIdDesc(Long userId);

    /** One indexed lookup (unique token_hash) per API request, with the account and its roles. */
    @Query("""
            select u from ApiToken t join AppUser u on u.id = t.userId left join fetch u.roles
            where t.tokenHash = :hash and t.revokedAt is null and t.expiresAt > :now
            """)
    Optional<AppUser> activeOwner(@Param("hash") String hash, @Param("now") LocalDateTime now);

    @Query("select count(t) from ApiToken t where t.userId = :userId and t.revokedAt is null and t.expiresAt > :now")
    long countActive(@Param("userId") Long userId, @Param("now") LocalDateTime now);
}
