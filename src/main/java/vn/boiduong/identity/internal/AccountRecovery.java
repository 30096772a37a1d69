package vn.boiduong.identity.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.boiduong.common.AuditEvent;
import vn.boiduong.identity.AppUser;

/**
 * The way back in for a locked-out administrator (README, "Sign-in"): run on the server with
 * {@code --boiduong.recover-account=admin} and the new password in the environment variable
 * {@code BOIDUONG_RECOVER_PASSWORD} (never on the command line, where other users of the machine see
 * it). The account gets that password (the usual rules apply), its lock and failure count are
 * cleared and it is enabled again; every address held back by the throttle may try again. The
 * application ({@code BoiDuongApplication}) then exits without serving pages. Whoever can run this
 * can read the database anyway; the change is in the audit trail.
 */
@Component
@ConditionalOnProperty(name = "boiduong.recover-account")
@Order(Ordered.HIGHEST_PRECEDENCE)
class AccountRecovery implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AccountRecovery.class);

    private final UserRepository users;
    private final PasswordEncoder encoder;
    private final SignInThrottle throttle;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;
    private final String username;
    private final String password;

    AccountRecovery(UserRepository users, PasswordEncoder encoder, SignInThrottle throttle,
            ApplicationEventPublisher events, TransactionTemplate tx,
            @Value("${boiduong.recover-account}") String username,
            @Value("${boiduong.recover-password:}") String password) {
        this.users = users;
        this.encoder = encoder;
        this.throttle = throttle;
        this.events = events;
        this.tx = tx;
        this.username = username.trim();
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (password == null || password.isEmpty()) {
            throw new IllegalStateException("Hãy đặt mật khẩu mới trong biến môi trường BOIDUONG_RECOVER_PASSWORD "
                    + "(tối thiểu 10 ký tự, không phải mật khẩu phổ biến).");
        }
        tx.executeWithoutResult(status -> {
            AppUser u = users.findByUsername(username).orElseThrow(
                    () -> new IllegalStateException("Không có tài khoản '" + username + "'."));
            PasswordPolicy.check(u.getUsername(), password);
            u.changePassword(encoder.encode(password));
            u.unlock();
            u.changeProfile(u.getFullName(), u.getRoles(), u.getAgencyId(), u.getUnitId(), u.getStaffId(), true);
            int addresses = throttle.clearAll();
            events.publishEvent(AuditEvent.inAgency(u.getAgencyId(), "RECOVER", "user", u.getId(), "Khôi phục tài khoản " + u.getUsername()
                    + " từ dòng lệnh trên máy chủ: đặt mật khẩu mới, mở khóa, cho hoạt động"
                    + (addresses > 0 ? "; bỏ chặn " + addresses + " địa chỉ" : "")));
        });
        log.info("Account '{}' recovered: new password set, unlocked, enabled; sign-in throttle cleared", username);
    }
}
