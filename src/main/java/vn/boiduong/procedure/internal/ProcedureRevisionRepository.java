package vn.boiduong.procedure.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import vn.boiduong.procedure.ProcedureRevision;

public interface ProcedureRevisionRepository extends JpaRepository<ProcedureRevision, Long> {

    List<ProcedureRevision> findByDocumentIdOrderByRevisionDateAscIdAsc(Long documentId);
}
