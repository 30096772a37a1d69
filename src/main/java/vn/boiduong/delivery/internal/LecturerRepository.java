package vn.boiduong.delivery.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import vn.boiduong.delivery.ClassLecturer;

public interface LecturerRepository extends JpaRepository<ClassLecturer, Long> {

    List<ClassLecturer> findByClassIdOrderByIdAsc(Long classId);
}
