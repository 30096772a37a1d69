package vn.boiduong.notification.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.boiduong.common.Role;
import vn.boiduong.identity.UserDirectory;
import vn.boiduong.needs.ConsolidatedNeeds;
import vn.boiduong.needs.NeedStatus;
import vn.boiduong.needs.NeedView;

/**
 * Who is told, written once for every notice, mail and reminder of this module: each listener
 * asks here once per event and gives the same people the in-application notice and, where they
 * have an address, the e-mail. Enabled accounts of the agency only (UserDirectory).
 */
@Component
class Recipients {

    private final UserDirectory directory;
    private final ConsolidatedNeeds needs;

    Recipients(UserDirectory directory, ConsolidatedNeeds needs) {
        this.directory = directory;
        this.needs = needs;
    }

    /** The Office (its specialists and chief): a unit sent a need. */
    List<Long> office(Long agencyId) {
        List<Long> ids = new ArrayList<>(directory.userIdsWithRole(Role.OFFICE_SPECIALIST, agencyId, null));
        ids.addAll(directory.userIdsWithRole(Role.OFFICE_CHIEF, agencyId, null));
        return distinct(ids);
    }

    /**
     * The heads of a unit; for the Office's own unit, its chief: their need was returned or
     * accepted, their unit has sent nothing as the collection's due date nears.
     */
    List<Long> headsOf(Long agencyId, Long unitId) {
        List<Long> ids = new ArrayList<>(directory.userIdsWithRole(Role.UNIT_HEAD, agencyId, unitId));
        ids.addAll(directory.userIdsWithRole(Role.OFFICE_CHIEF, agencyId, unitId));
        return distinct(ids);
    }

    /** Every unit head of the agency: the year's collection of needs opened or its date moved. */
    List<Long> unitHeads(Long agencyId) {
        return distinct(directory.userIdsWithRole(Role.UNIT_HEAD, agencyId, null));
    }

    /** The Director: a plan was submitted to them, or its approval date nears. */
    List<Long> director(Long agencyId) {
        return distinct(directory.userIdsWithRole(Role.DIRECTOR, agencyId, null));
    }

    /** The Office chief: the plan's registration date nears while it is not submitted. */
    List<Long> officeChief(Long agencyId) {
        return distinct(directory.userIdsWithRole(Role.OFFICE_CHIEF, agencyId, null));
    }

    /**
     * The Office chief and the heads of the units whose accepted needs of the year the plan serves:
     * the plan was returned or approved.
     */
    List<Long> officeChiefAndHeadsServed(Long agencyId, int year, Collection<Long> needIds) {
        List<Long> ids = new ArrayList<>(officeChief(agencyId));
        if (needIds != null && !needIds.isEmpty()) {
            Set<Long> units = new LinkedHashSet<>();
            needs.byIds(agencyId, needIds).stream().filter(n -> n.status() == NeedStatus.ACCEPTED && n.year() == year)
                    .forEach(n -> units.add(n.unitId()));
            units.forEach(unit -> ids.addAll(directory.userIdsWithRole(Role.UNIT_HEAD, agencyId, unit)));
        }
        return distinct(ids);
    }

    /**
     * The people named in the plan's accepted needs of the year, each with the needs that name them:
     * the plan that serves those needs was approved, so they are going to be trained.
     */
    Map<Long, List<NeedView>> namedIn(Long agencyId, int year, Collection<Long> needIds) {
        Map<Long, List<NeedView>> out = new java.util.LinkedHashMap<>();
        if (needIds == null || needIds.isEmpty()) {
            return out;
        }
        List<NeedView> served = needs.byIds(agencyId, needIds).stream()
                .filter(n -> n.status() == NeedStatus.ACCEPTED && n.year() == year).toList();
        Set<Long> staff = new LinkedHashSet<>();
        served.forEach(n -> staff.addAll(n.staffIds()));
        Map<Long, Long> accounts = directory.userIdsOfStaff(agencyId, staff);
        for (NeedView n : served) {
            for (Long s : n.staffIds()) {
                Long user = accounts.get(s);
                if (user != null) {
                    out.computeIfAbsent(user, u -> new ArrayList<>()).add(n);
                }
            }
        }
        return out;
    }

    /** The addresses of those of them who have one, in their order. */
    Collection<String> emailsOf(Collection<Long> userIds) {
        Map<Long, String> emails = directory.emailsOf(userIds);
        List<String> out = new ArrayList<>();
        for (Long id : userIds) {
            if (emails.containsKey(id)) {
                out.add(emails.get(id));
            }
        }
        return out;
    }

    private static List<Long> distinct(Collection<Long> ids) {
        return List.copyOf(new LinkedHashSet<>(ids));
    }
}
