package vn.boiduong.organization.internal;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import vn.boiduong.organization.Agency;

public interface AgencyRepository extends JpaRepository<Agency, Long> {
    Optional<Agency> findByCode(String code);
}
