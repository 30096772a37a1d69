package vn.boiduong.competency.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface StandardRuleRepository extends JpaRepository<StandardRule, Long> {
    List<StandardRule> findAllByOrderByCodeAsc();

    List<StandardRule> findByActiveTrueOrderByCodeAsc();
}
