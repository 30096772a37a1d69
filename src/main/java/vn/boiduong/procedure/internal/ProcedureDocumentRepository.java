package vn.boiduong.procedure.internal;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import vn.boiduong.procedure.ProcedureDocument;

public interface ProcedureDocumentRepository extends JpaRepository<ProcedureDocument, Long> {

    /** The installation runs one procedure; the first row is it. */
    Optional<ProcedureDocument> findFirstByOrderByIdAsc();
}
