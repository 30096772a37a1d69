package vn.boiduong.procedure;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.boiduong.common.InvalidInputException;

/** A new row of the revision table; field names match the page form. */
public record ProcedureRevisionData(String request, String section, String description, String issueLabel,
        LocalDate revisionDate) {

    void check() {
        List<InvalidInputException.FieldError> e = new ArrayList<>(vn.boiduong.common.InputValidator.commonRules(this));
        ProcedureDocumentData.text(e, "request", request, 500, "Yêu cầu sửa đổi, bổ sung");
        ProcedureDocumentData.text(e, "section", section, 200, "Trang/phần liên quan");
        ProcedureDocumentData.text(e, "description", description, 2000, "Mô tả nội dung sửa đổi");
        ProcedureDocumentData.text(e, "issueLabel", issueLabel, 30, "Lần ban hành/lần sửa đổi");
        if (revisionDate == null) {
            e.add(new InvalidInputException.FieldError("revisionDate", "Ngày ban hành là bắt buộc (dd/MM/yyyy)."));
        }
        ProcedureDocument.failIfAny(e);
    }
}
