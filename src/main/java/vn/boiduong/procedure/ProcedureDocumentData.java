package vn.boiduong.procedure;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.boiduong.common.InvalidInputException;

/** The editable metadata of the procedure document; field names match the page form and the API. */
public record ProcedureDocumentData(String title, String issueNumber, LocalDate issueDate, String issuingDecision,
        String draftedByName, String draftedByTitle, String reviewedByName, String reviewedByTitle,
        String approvedByName, String approvedByTitle, Integer registerOffsetDays, Integer approveOffsetDays) {

    /** The rules, whoever calls (page, API, a later module): all errors at once, in Vietnamese. */
    void check() {
        List<InvalidInputException.FieldError> e = new ArrayList<>(vn.boiduong.common.InputValidator.commonRules(this));
        text(e, "title", title, 300, "Tên quy trình");
        text(e, "issueNumber", issueNumber, 10, "Lần ban hành");
        if (issueDate == null) {
            e.add(new InvalidInputException.FieldError("issueDate", "Ngày ban hành là bắt buộc (dd/MM/yyyy)."));
        }
        text(e, "issuingDecision", issuingDecision, 300, "Quyết định ban hành");
        text(e, "draftedByName", draftedByName, 150, "Họ và tên người soạn thảo");
        text(e, "draftedByTitle", draftedByTitle, 100, "Chức vụ người soạn thảo");
        text(e, "reviewedByName", reviewedByName, 150, "Họ và tên người xem xét");
        text(e, "reviewedByTitle", reviewedByTitle, 100, "Chức vụ người xem xét");
        text(e, "approvedByName", approvedByName, 150, "Họ và tên người phê duyệt");
        text(e, "approvedByTitle", approvedByTitle, 100, "Chức vụ người phê duyệt");
        boolean registerOk = offset(e, "registerOffsetDays", registerOffsetDays);
        boolean approveOk = offset(e, "approveOffsetDays", approveOffsetDays);
        // The plan is registered before it is approved, so B3's due date cannot fall after B4's.
        if (registerOk && approveOk && registerOffsetDays < approveOffsetDays) {
            e.add(new InvalidInputException.FieldError("approveOffsetDays",
                    "Số ngày phê duyệt trước hạn không được lớn hơn số ngày đăng ký trước hạn "
                            + "(kế hoạch phải được đăng ký trước khi phê duyệt)."));
        }
        ProcedureDocument.failIfAny(e);
    }

    static void text(List<InvalidInputException.FieldError> e, String field, String value, int max, String label) {
        if (value == null || value.isBlank()) {
            e.add(new InvalidInputException.FieldError(field, label + " là bắt buộc."));
        } else if (value.trim().length() > max) {
            e.add(new InvalidInputException.FieldError(field, label + " tối đa " + max + " ký tự."));
        }
    }

    private static boolean offset(List<InvalidInputException.FieldError> e, String field, Integer days) {
        if (days == null || days < 0 || days > DueDates.MAX_OFFSET_DAYS) {
            e.add(new InvalidInputException.FieldError(field, "Số ngày phải là số nguyên từ 0 đến "
                    + DueDates.MAX_OFFSET_DAYS + "."));
            return false;
        }
        return true;
    }
}
