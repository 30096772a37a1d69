package vn.boiduong.procedure.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import vn.boiduong.procedure.ProcedureRecord;

public interface ProcedureRecordRepository extends JpaRepository<ProcedureRecord, Long> {

    List<ProcedureRecord> findByDocumentIdOrderBySequenceAsc(Long documentId);
}
