package vn.boiduong.identity.web;

import org.springframework.stereotype.Component;
import vn.boiduong.identity.UserDirectory;

/**
 * {@code @people} in templates: the full name behind an account's username, for "Người lập",
 * "Trả lại bởi" and the like (people read names, not sign-in names).
 */
@Component("people")
public class PeopleNames {

    private final UserDirectory directory;

    PeopleNames(UserDirectory directory) {
        this.directory = directory;
    }

    public String name(String username) {
        return username == null ? "" : directory.fullNamesOf(java.util.List.of(username)).get(username);
    }
}
