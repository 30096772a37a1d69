package vn.boiduong.identity;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.boiduong.common.Actor;
import vn.boiduong.common.Role;
import vn.boiduong.identity.internal.UserRepository;

/**
 * Read-only look-ups of users for other modules: who holds a role in a unit (whom to notify), the
 * staff record behind a user (what a staff member may see), the actor of a start-up task.
 */
@Service
@Transactional(readOnly = true)
public class UserDirectory {

    private final UserRepository users;

    UserDirectory(UserRepository users) {
        this.users = users;
    }

    /**
     * Ids of the enabled users of the agency holding {@code role}; with {@code unitId}, only those
     * of that unit.
     */
    public List<Long> userIdsWithRole(Role role, Long agencyId, Long unitId) {
        if (agencyId == null) {
            return List.of();
        }
        return users.idsWithRole(role, agencyId, unitId);
    }

    /**
     * The e-mail addresses of the given users that are enabled and have one, by user id: whom a
     * notice also reaches by e-mail. Users without an address are left out.
     */
    public java.util.Map<Long, String> emailsOf(java.util.Collection<Long> userIds) {
        java.util.Map<Long, String> out = new java.util.LinkedHashMap<>();
        if (userIds == null || userIds.isEmpty()) {
            return out;
        }
        users.findAllById(userIds).stream().filter(u -> u.isEnabled() && u.getEmail() != null)
                .sorted(java.util.Comparator.comparing(AppUser::getId))
                .forEach(u -> out.put(u.getId(), u.getEmail()));
        return out;
    }

    /** The staff record linked to a user, if any. */
    public Optional<Long> staffIdOf(Long userId) {
        return userId == null ? Optional.empty() : users.findById(userId).map(AppUser::getStaffId);
    }

    /** The agency of an account, by its sign-in name; empty for an unknown name or an account without one. */
    public Optional<Long> agencyIdOf(String username) {
        return username == null ? Optional.empty() : users.findByUsername(username).map(AppUser::getAgencyId);
    }

    /** The actor of an account, for work done at start-up on someone's behalf (demo history). */
    public Optional<Actor> actorOf(String username) {
        return users.findByUsername(username).map(AppUser::actor);
    }

    /**
     * The full names of the given accounts, by username: pages name people, never their sign-in
     * names. An unknown name (an account since removed, "system") maps to itself.
     */
    public java.util.Map<String, String> fullNamesOf(java.util.Collection<String> usernames) {
        java.util.List<String> wanted = usernames.stream().filter(java.util.Objects::nonNull).distinct().toList();
        java.util.Map<String, String> out = knownFullNamesOf(wanted);
        wanted.forEach(u -> out.putIfAbsent(u, u));
        return out;
    }

    /** Of the given words, those that are accounts' usernames, with their holders' full names. */
    public java.util.Map<String, String> knownFullNamesOf(java.util.Collection<String> words) {
        java.util.Map<String, String> out = new java.util.HashMap<>();
        if (!words.isEmpty()) {
            users.findByUsernameIn(words).forEach(u -> out.put(u.getUsername(), u.getFullName()));
        }
        return out;
    }

    /** The enabled accounts of the agency linked to these staff records, by staff id. */
    public java.util.Map<Long, Long> userIdsOfStaff(Long agencyId, java.util.Collection<Long> staffIds) {
        java.util.Map<Long, Long> out = new java.util.LinkedHashMap<>();
        if (agencyId == null || staffIds == null || staffIds.isEmpty()) {
            return out;
        }
        users.findByAgencyIdAndStaffIdIn(agencyId, staffIds).stream().filter(AppUser::isEnabled)
                .sorted(java.util.Comparator.comparing(AppUser::getId))
                .forEach(u -> out.putIfAbsent(u.getStaffId(), u.getId()));
        return out;
    }
}
