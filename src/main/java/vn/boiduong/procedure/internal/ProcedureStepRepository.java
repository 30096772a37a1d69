package vn.boiduong.procedure.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import vn.boiduong.procedure.ProcedureStep;

public interface ProcedureStepRepository extends JpaRepository<ProcedureStep, Long> {

    List<ProcedureStep> findByDocumentIdOrderBySequenceAsc(Long documentId);
}
