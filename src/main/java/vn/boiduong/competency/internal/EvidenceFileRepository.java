package vn.boiduong.competency.internal;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface EvidenceFileRepository extends JpaRepository<EvidenceFile, Long> {

    @Query("""
            select new vn.boiduong.competency.internal.EvidenceMeta(f.id, f.assessmentId, f.fileName,
                f.contentType, f.sizeBytes, f.sha256, f.uploadedBy, f.uploadedAt)
            from EvidenceFile f where f.assessmentId in :assessmentIds order by f.assessmentId, f.id
            """)
    List<EvidenceMeta> metaOf(@Param("assessmentIds") Collection<Long> assessmentIds);

    long countByAssessmentId(Long assessmentId);
}
