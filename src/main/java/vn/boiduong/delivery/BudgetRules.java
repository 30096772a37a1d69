package vn.boiduong.delivery;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.boiduong.common.IllegalTransitionException;
import vn.boiduong.common.InvalidInputException;
import vn.boiduong.common.web.PageHelpers;

/**
 * The money rules of B5, without Spring, so a unit test states them: how an approved plan's budget may
 * be allocated over its classes and units, and what a class may spend.
 * <ul>
 *   <li>Before the announcement a class's allocation never passes its approved item (400 naming the
 *       line); after it, the Office chief's adjustment may move money between classes, but the plan's
 *       approved total is never passed (409).</li>
 *   <li>A class spends within its allocation, and an entry charged to a unit within that unit's part
 *       (409 otherwise: the chief raises the allocation first, by a recorded adjustment).</li>
 * </ul>
 */
public final class BudgetRules {

    /** The most one amount may be (a trillion đồng): beyond it the input is a typo. */
    public static final long MAX_AMOUNT = 1_000_000_000_000L;

    private BudgetRules() {
    }

    /** One line of an allocation: an amount of a class's budget for a unit (null: no unit). */
    public record Line(Long classId, Long unitId, Long amount) {

        public String unitKey() {
            return unitKey(unitId);
        }

        public static String unitKey(Long unitId) {
            return unitId == null ? "none" : String.valueOf(unitId);
        }
    }

    /** A class as the allocation rule sees it: its title and the approved item's budget. */
    public record Approved(String title, long budget) {
    }

    /**
     * Checks the lines of a whole allocation of a plan: every class is one of the plan's, every unit
     * one of the agency's, no (class, unit) twice, amounts from 0; each class within its approved item
     * unless {@code adjusting}; the whole within {@code planTotal}. Returns the allocated total per class.
     */
    public static Map<Long, Long> checkAllocation(Map<Long, Approved> classes, Set<Long> agencyUnits, long planTotal,
            List<Line> lines, boolean adjusting) {
        List<InvalidInputException.FieldError> errors = new ArrayList<>();
        Map<Long, Long> perClass = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            String at = "lines[" + i + "].";
            if (l == null || l.classId() == null || !classes.containsKey(l.classId())) {
                errors.add(new InvalidInputException.FieldError(at + "classId", "Lớp không thuộc kế hoạch này."));
                continue;
            }
            if (l.unitId() != null && !agencyUnits.contains(l.unitId())) {
                errors.add(new InvalidInputException.FieldError(at + "unitId", "Đơn vị không thuộc cơ quan."));
                continue;
            }
            if (!seen.add(l.classId() + "/" + l.unitKey())) {
                errors.add(new InvalidInputException.FieldError(at + "unitId",
                        "Đơn vị được phân bổ hai lần cho lớp «" + classes.get(l.classId()).title() + "»."));
                continue;
            }
            if (l.amount() == null || l.amount() < 0 || l.amount() > MAX_AMOUNT) {
                errors.add(new InvalidInputException.FieldError(at + "amount",
                        "Số tiền phải là số từ 0 đến 1.000.000.000.000 đồng."));
                continue;
            }
            perClass.merge(l.classId(), l.amount(), Long::sum);
        }
        if (!adjusting) {
            for (int i = 0; i < lines.size() && errors.isEmpty(); i++) {
                Line l = lines.get(i);
                Approved a = classes.get(l.classId());
                long sum = perClass.getOrDefault(l.classId(), 0L);
                if (sum > a.budget()) {
                    errors.add(new InvalidInputException.FieldError("lines[" + i + "].amount",
                            "Kinh phí phân bổ cho lớp «" + a.title() + "» (" + PageHelpers.vnd(sum)
                                    + ") vượt kinh phí được duyệt (" + PageHelpers.vnd(a.budget()) + ")."));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException("Phân bổ kinh phí chưa hợp lệ.", errors);
        }
        long total = perClass.values().stream().mapToLong(Long::longValue).sum();
        if (total > planTotal) {
            throw new IllegalTransitionException("Tổng kinh phí phân bổ (" + PageHelpers.vnd(total)
                    + ") vượt tổng kinh phí kế hoạch được phê duyệt (" + PageHelpers.vnd(planTotal) + ").");
        }
        return perClass;
    }

    /**
     * Whether a class may spend {@code amount} more: within its allocation, and, when the entry is a
     * unit's, within that unit's part (409 naming what is left otherwise).
     */
    public static void checkSpending(String classTitle, long classAllocated, long classSpent, String unitName,
            Long unitAllocated, long unitSpent, long amount) {
        if (classSpent + amount > classAllocated) {
            throw new IllegalTransitionException("Khoản chi " + PageHelpers.vnd(amount) + " vượt kinh phí còn lại của lớp «"
                    + classTitle + "» (" + PageHelpers.vnd(Math.max(classAllocated - classSpent, 0))
                    + "). Chánh Văn phòng cần điều chỉnh phân bổ trước.");
        }
        if (unitAllocated != null && unitSpent + amount > unitAllocated) {
            throw new IllegalTransitionException("Khoản chi " + PageHelpers.vnd(amount) + " vượt kinh phí còn lại của "
                    + unitName + " trong lớp «" + classTitle + "» (" + PageHelpers.vnd(Math.max(unitAllocated - unitSpent, 0))
                    + "). Chánh Văn phòng cần điều chỉnh phân bổ trước.");
        }
    }
}
