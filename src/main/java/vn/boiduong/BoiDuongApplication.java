package vn.boiduong;

import java.util.Arrays;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableAsync;

/** Bồi Dưỡng: the training procedure QT.VP.05 (B1–B7) as one modular application. */
@SpringBootApplication
@Modulithic(sharedModules = "common")
@EnableAsync
public class BoiDuongApplication {

    public static void main(String[] args) {
        if (isRecovery(args)) {
            // README, "Sign-in": reset one account (identity's AccountRecovery) and exit, serving nothing
            SpringApplication app = new SpringApplication(BoiDuongApplication.class);
            app.setWebApplicationType(WebApplicationType.NONE);
            int code;
            try {
                code = SpringApplication.exit(app.run(args));
            } catch (RuntimeException e) {
                code = 1;
            }
            System.exit(code);
        }
        SpringApplication.run(BoiDuongApplication.class, args);
    }

    /** Whether this start asks for the command-line account recovery (argument, property or environment). */
    static boolean isRecovery(String[] args) {
        return Arrays.stream(args).anyMatch(a -> a.startsWith("--boiduong.recover-account="))
                || System.getProperty("boiduong.recover-account") != null
                || System.getenv("BOIDUONG_RECOVER_ACCOUNT") != null;
    }
}
