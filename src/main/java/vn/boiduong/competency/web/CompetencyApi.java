package vn.boiduong.competency.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.boiduong.common.CurrentActor;
import vn.boiduong.common.InvalidInputException;
import vn.boiduong.competency.AssessmentData;
import vn.boiduong.competency.AssessmentView;
import vn.boiduong.competency.CompetencyAssessments;
import vn.boiduong.competency.CompetencyCatalogue;
import vn.boiduong.competency.CompetencyData;
import vn.boiduong.competency.CompetencyGaps;
import vn.boiduong.competency.CompetencyView;
import vn.boiduong.competency.Finding;
import vn.boiduong.competency.GapMatrix;
import vn.boiduong.competency.JobPositionView;
import vn.boiduong.competency.NeedSuggestions;
import vn.boiduong.competency.OrganisationalAnalysis;
import vn.boiduong.competency.RequirementData;
import vn.boiduong.competency.RequirementView;
import vn.boiduong.competency.StaffCompetencies;
import vn.boiduong.competency.StandardRuleView;
import vn.boiduong.competency.SuggestedNeed;

/** B1 for integrators: the catalogue, requirements, assessments, gaps and the organisational analysis. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Năng lực (B1)", description = "Danh mục năng lực, năng lực cần có, năng lực hiện có, khoảng cách "
        + "năng lực và phân tích tổ chức (QT.VP.05, mục 5.2.1)")
class CompetencyApi {

    /** Validated by the service after its right check (403 before 400). */
    record CompetencyChange(Long version, CompetencyData data) {
    }

    record NewJobPosition(String name, String description) {
    }

    /** Validated by the service after its right check (403 before 400). */
    record RuleChange(Long version, vn.boiduong.competency.StandardRuleData data) {
    }

    private final CompetencyCatalogue catalogue;
    private final CompetencyAssessments assessments;
    private final CompetencyGaps gaps;
    private final OrganisationalAnalysis analysis;
    private final NeedSuggestions suggestions;

    CompetencyApi(CompetencyCatalogue catalogue, CompetencyAssessments assessments, CompetencyGaps gaps,
            OrganisationalAnalysis analysis, NeedSuggestions suggestions) {
        this.catalogue = catalogue;
        this.assessments = assessments;
        this.gaps = gaps;
        this.analysis = analysis;
        this.suggestions = suggestions;
    }

    @GetMapping("/competencies")
    @Operation(summary = "Danh mục năng lực của cơ quan (mọi người dùng đã đăng nhập)")
    List<CompetencyView> list() {
        return catalogue.list(CurrentActor.get());
    }

    @Operation(summary = "Một năng lực của danh mục")
    @GetMapping("/competencies/{id}")
    CompetencyView one(@PathVariable long id) {
        return catalogue.get(CurrentActor.get(), id);
    }

    @PostMapping("/competencies")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Thêm năng lực (Chuyên viên, Chánh Văn phòng, quản trị)",
            description = "levels: đúng 5 mô tả (mức 1–5); trainings: [{category, level?}] theo mã của forms.md.")
    CompetencyView create(@RequestBody CompetencyData body) {
        return catalogue.create(CurrentActor.get(), body);
    }

    @PutMapping("/competencies/{id}")
    @Operation(summary = "Sửa năng lực; mã giữ nguyên; version cũ → 409")
    CompetencyView update(@PathVariable long id, @RequestBody CompetencyChange body) {
        return catalogue.update(CurrentActor.get(), id, body.version(), body.data());
    }

    @Operation(summary = "Ngừng dùng một năng lực; các đánh giá đã có giữ nguyên")
    @PostMapping("/competencies/{id}/deactivate")
    CompetencyView deactivate(@PathVariable long id) {
        return catalogue.setActive(CurrentActor.get(), id, false);
    }

    @Operation(summary = "Dùng lại một năng lực đã ngừng")
    @PostMapping("/competencies/{id}/reactivate")
    CompetencyView reactivate(@PathVariable long id) {
        return catalogue.setActive(CurrentActor.get(), id, true);
    }

    @GetMapping("/competencies/{id}/requirements")
    @Operation(summary = "Năng lực cần có: mức yêu cầu theo vị trí việc làm, ngạch hoặc chức danh nghề nghiệp")
    List<RequirementView> requirements(@PathVariable long id) {
        return catalogue.requirements(CurrentActor.get(), id);
    }

    @PostMapping("/competencies/{id}/requirements")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Thêm yêu cầu: đúng một trong jobPositionId, gradeCode, professionalTitle; level 1–5")
    RequirementView addRequirement(@PathVariable long id, @RequestBody RequirementData body) {
        return catalogue.addRequirement(CurrentActor.get(), id, body);
    }

    @Operation(summary = "Xóa một yêu cầu năng lực")
    @DeleteMapping("/competency-requirements/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void removeRequirement(@PathVariable long id) {
        catalogue.removeRequirement(CurrentActor.get(), id);
    }

    @GetMapping("/job-positions")
    @Operation(summary = "Vị trí việc làm; cán bộ giữ vị trí khi trường chức vụ trùng tên (không phân biệt dấu)")
    List<JobPositionView> jobPositions() {
        return catalogue.jobPositions(CurrentActor.get());
    }

    @Operation(summary = "Thêm vị trí việc làm")
    @PostMapping("/job-positions")
    @ResponseStatus(HttpStatus.CREATED)
    JobPositionView addJobPosition(@RequestBody NewJobPosition body) {
        return catalogue.addJobPosition(CurrentActor.get(), body.name(), body.description());
    }

    @GetMapping("/staff/{id}/competencies")
    @Operation(summary = "Năng lực hiện có của một người: mức yêu cầu, đánh giá hiện hành và lịch sử đánh giá")
    StaffCompetencies staffCompetencies(@PathVariable long id) {
        return assessments.profile(CurrentActor.get(), id);
    }

    @PostMapping("/staff/{id}/competency-assessments")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Ghi một lần đánh giá năng lực (Văn phòng; trưởng đơn vị với người của đơn vị mình)",
            description = "Lần đánh giá mới đóng lần hiện hành (validTo = ngày đánh giá mới); lịch sử được giữ. "
                    + "Ngày đánh giá không được sau hôm nay, không được trước lần hiện hành.")
    AssessmentView assess(@PathVariable long id, @RequestBody AssessmentData body) {
        return assessments.assess(CurrentActor.get(), id, body);
    }

    @GetMapping("/units/{id}/competency-gaps")
    @Operation(summary = "Khoảng cách năng lực của một đơn vị: mức yêu cầu so với mức hiện có, theo người và năng lực",
            description = """
                    Who: the Office, the Director, the administrator; a unit head for their own unit only (another \
                    unit: 404); STAFF: 403.
                    `competencies`: the active competencies required of at least one person of the unit.
                    `staff[].gaps[]`: one entry per competency required of that person: `required` (1–5), \
                    `current` (the level in force on `asOf`, null when never assessed and counted as 0) and \
                    `gap` = max(0, required − current).
                    `year` (default: the current year): assessments in force on 31 December of a past year, \
                    today for the current year.""",
            responses = {
                    @ApiResponse(responseCode = "200", description = "the matrix"),
                    @ApiResponse(responseCode = "400", description = "year outside 2000 … current year + 5"),
                    @ApiResponse(responseCode = "403", description = "a role that may not read staff (STAFF)"),
                    @ApiResponse(responseCode = "404", description = "no such unit, or another unit of a unit head")})
    GapMatrix competencyGaps(@PathVariable long id,
            @Parameter(description = "năm, mặc định năm hiện tại") @RequestParam(required = false) Integer year) {
        return gaps.forUnit(CurrentActor.get(), id, year);
    }

    @GetMapping("/units/{id}/findings")
    @Operation(summary = "Phân tích tổ chức của một đơn vị: người chưa đạt tiêu chuẩn, điều còn thiếu, loại hình "
            + "bồi dưỡng đề xuất", description = "Văn phòng, Giám đốc; trưởng đơn vị với đơn vị mình (đơn vị khác: 404).")
    List<Finding> unitFindings(@PathVariable long id) {
        return analysis.findings(CurrentActor.get(), id);
    }

    @GetMapping("/competency-findings")
    @Operation(summary = "Phân tích tổ chức toàn cơ quan (hoặc đơn vị của trưởng đơn vị)")
    List<Finding> findings() {
        return analysis.findings(CurrentActor.get(), null);
    }

    @GetMapping("/standard-rules")
    @Operation(summary = "Các tiêu chuẩn (dữ liệu) dùng trong phân tích tổ chức")
    List<StandardRuleView> rules() {
        return analysis.rules(CurrentActor.get());
    }

    @PostMapping("/standard-rules")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Thêm tiêu chuẩn (Chánh Văn phòng, quản trị) khi quy định thay đổi",
            description = "Điều kiện (condCategory, condGradeCode, condLeader, condTitleRank) để trống là áp dụng "
                    + "cho mọi người; field + match (ONE_OF, CONTAINS_ANY, PRESENT) + allowedValues là yêu cầu; "
                    + "fixCategory/fixLevel/fixTitle là bồi dưỡng đề xuất khi chưa đạt.")
    StandardRuleView addRule(@RequestBody vn.boiduong.competency.StandardRuleData body) {
        return analysis.addRule(CurrentActor.get(), body);
    }

    @GetMapping("/standard-rules/{id}")
    @Operation(summary = "Một tiêu chuẩn, với version để sửa")
    StandardRuleView rule(@PathVariable long id) {
        return analysis.rule(CurrentActor.get(), id);
    }

    @PutMapping("/standard-rules/{id}")
    @Operation(summary = "Sửa tiêu chuẩn (Chánh Văn phòng, quản trị); mã giữ nguyên; version cũ → 409",
            description = "Thân: {version, data}, data như khi thêm (code phải trùng mã hiện có). Kết quả phân tích "
                    + "tổ chức tính theo tiêu chuẩn đã sửa ngay lần đọc sau; nhật ký ghi tiêu chuẩn trước và sau khi sửa.",
            responses = {
                    @ApiResponse(responseCode = "200", description = "the standard as changed"),
                    @ApiResponse(responseCode = "400", description = "invalid data; Vietnamese messages per field"),
                    @ApiResponse(responseCode = "403", description = "not the Office Chief or the administrator"),
                    @ApiResponse(responseCode = "404", description = "no such standard"),
                    @ApiResponse(responseCode = "409", description = "someone else changed it since `version`")})
    StandardRuleView updateRule(@PathVariable long id, @RequestBody RuleChange body) {
        if (body.data() == null) {
            CurrentActor.get().require(vn.boiduong.common.Role.OFFICE_CHIEF, vn.boiduong.common.Role.ADMIN);
            throw InvalidInputException.of("data", "Thiếu nội dung tiêu chuẩn (data).");
        }
        return analysis.updateRule(CurrentActor.get(), id, body.version(), body.data());
    }

    @Operation(summary = "Ngừng áp dụng một tiêu chuẩn")
    @PostMapping("/standard-rules/{id}/deactivate")
    StandardRuleView deactivateRule(@PathVariable long id) {
        return analysis.setRuleActive(CurrentActor.get(), id, false);
    }

    @Operation(summary = "Áp dụng lại một tiêu chuẩn đã ngừng")
    @PostMapping("/standard-rules/{id}/reactivate")
    StandardRuleView reactivateRule(@PathVariable long id) {
        return analysis.setRuleActive(CurrentActor.get(), id, true);
    }

    @GetMapping("/need-suggestions")
    @Operation(summary = "Nhu cầu đề xuất từ một khoảng cách năng lực (staffId + competencyId) hoặc một kết quả "
            + "phân tích tổ chức (staffId + ruleId); không ghi gì")
    SuggestedNeed suggestion(@RequestParam long staffId, @RequestParam(required = false) Long competencyId,
            @RequestParam(required = false) Long ruleId) {
        if ((competencyId == null) == (ruleId == null)) {
            throw InvalidInputException.of("competencyId", "Cho đúng một trong competencyId hoặc ruleId.");
        }
        return competencyId != null ? suggestions.fromGap(CurrentActor.get(), staffId, competencyId)
                : suggestions.fromFinding(CurrentActor.get(), staffId, ruleId);
    }
}
