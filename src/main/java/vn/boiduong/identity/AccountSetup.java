package vn.boiduong.identity;

import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.boiduong.identity.UserService.UserForm;
import vn.boiduong.identity.UserService.UserView;

/**
 * Seeding: creating an account at start-up, when there is no signed-in administrator whose right
 * could be checked (the first administrator from the environment, the demo accounts, tests). The
 * same validation and audit as {@link UserService#create}, without its {@code ADMIN} check.
 *
 * <p>It is the module's named interface {@code seeding}, not part of its ordinary face: outside
 * {@code identity} only the seeders ({@code demo}, {@code scale}) may use it, which
 * {@code ModularityTest} checks.
 */
@NamedInterface(name = "seeding", propagate = false)
@Service
public class AccountSetup {

    private final UserService users;

    AccountSetup(UserService users) {
        this.users = users;
    }

    public boolean anyAccount() {
        return users.count() > 0;
    }

    public boolean exists(String username) {
        return users.exists(username);
    }

    /** @param defaultAgencyId the agency of an account without a unit */
    @Transactional
    public UserView create(UserForm form, Long defaultAgencyId) {
        return users.createWithoutActor(form, defaultAgencyId);
    }
}
