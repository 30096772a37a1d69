package vn.boiduong;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableAsync;

/** Bồi Dưỡng: the training procedure QT.VP.05 (B1–B7) as one modular application. */
@SpringBootApplication
@Modulithic(sharedModules = "common")
@EnableAsync
public class BoiDuongApplication {

    public static void main(String[] args) {
        SpringApplication.run(BoiDuongApplication.class, args);
    }
}
