package vn.boiduong.identity.internal;

import java.util.EnumSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import vn.boiduong.common.Role;
import vn.boiduong.identity.AccountSetup;
import vn.boiduong.identity.UserService;

/**
 * Production starts without demo data: on the first start the only account is an administrator
 * whose password comes from BOIDUONG_ADMIN_PASSWORD, never from the code.
 */
@Component
@ConditionalOnProperty(name = "boiduong.demo-data", havingValue = "false")
class FirstAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

    private final AccountSetup accounts;
    private final String username;
    private final String password;

    FirstAdministrator(AccountSetup accounts, @Value("${boiduong.admin.username:admin}") String username,
            @Value("${boiduong.admin.password:}") String password) {
        this.accounts = accounts;
        this.username = username;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (accounts.anyAccount()) {
            return;
        }
        if (password == null || password.isBlank()) {
            throw new IllegalStateException("Chưa có tài khoản nào: hãy đặt biến môi trường BOIDUONG_ADMIN_PASSWORD "
                    + "(tối thiểu 10 ký tự, không phải mật khẩu phổ biến) cho tài khoản quản trị đầu tiên.");
        }
        accounts.create(new UserService.UserForm(username, "Quản trị hệ thống", EnumSet.of(Role.ADMIN), null,
                null, true, password), null);
        log.info("Created the first administrator '{}' from the environment", username);
    }
}
