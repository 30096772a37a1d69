package vn.boiduong.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.boiduong.fixtures.HostileFiles;
import vn.boiduong.fixtures.ImportAgency;
import vn.boiduong.fixtures.StaffWorkbooks;
import vn.boiduong.identity.AccountSetup;
import vn.boiduong.support.Api;
import vn.boiduong.support.HttpTest;

/**
 * Files the import refuses at once, never with a 500: the wrong kind of file, hostile files, too
 * large or too long, and sheets that are not the template. Each answer is a problem detail in Vietnamese.
 */
class StaffImportRefusalIT extends HttpTest {

    @Autowired
    OrganizationSetup organization;
    @Autowired
    AccountSetup accounts;

    @BeforeEach
    void importAgency() {
        ImportAgency.ensure(organization, accounts);
    }

    private Api.Response upload(String name, String type, byte[] file) {
        return api().as(ImportAgency.SPECIALIST).postFile(StaffImportIT.IMPORTS, "file", name, type, file);
    }

    private Api.Response assertRefused(byte[] file, int status, String detail) {
        Api.Response r = upload("danh-sach.xlsx", StaffImportIT.XLSX, file);
        assertThat(r.status()).as(r.body()).isEqualTo(status);
        assertThat(r.header("Content-Type")).startsWith("application/problem+json");
        assertThat(r.json().get("status").asInt()).isEqualTo(status);
        assertThat(r.json().get("detail").asString()).contains(detail);
        return r;
    }

    @Test
    void aTextFileRenamedToXlsxIsRefused() {
        Api.Response r = assertRefused(HostileFiles.text(), 400, "không phải tệp Excel .xlsx");
        assertThat(r.json().get("errors").get(0).get("field").asString()).isEqualTo("file");
    }

    @Test
    void anOldXlsWorkbookIsRefusedWithAdvice() {
        assertRefused(HostileFiles.xls(), 400, "Excel 97–2003 (.xls)");
    }

    @Test
    void aWordDocumentIsRefusedThoughItIsAZipToo() {
        assertRefused(HostileFiles.docx(), 400, "không phải bảng tính Excel");
        assertRefused(HostileFiles.plainZip(), 400, "bị hỏng hoặc không đọc được");
    }

    @Test
    void aZipBombIsRefused() {
        assertRefused(HostileFiles.zipBomb(50), 400, "bom nén");
    }

    @Test
    void externalEntitiesAndBillionLaughsAreRefused() {
        Api.Response xxe = assertRefused(HostileFiles.externalEntity(), 400, "DOCTYPE");
        assertThat(xxe.body()).doesNotContain("root:");
        assertRefused(HostileFiles.billionLaughs(), 400, "DOCTYPE");
    }

    @Test
    void aFileOverTenMegabytesIs413() {
        assertRefused(HostileFiles.oversized(11 * 1024 * 1024), 413, "10 MB");
    }

    @Test
    void emptyFilesSheetsWithoutRowsAndWrongHeadersAreExplained() {
        assertRefused(new byte[0], 400, "rỗng");
        byte[] template = api().as(ImportAgency.SPECIALIST).get(StaffImportIT.IMPORTS + "/template.xlsx").bytes();
        assertRefused(template, 400, "không có dòng dữ liệu");
        assertRefused(StaffWorkbooks.workbook(List.of("STT", "Tên", "Tuổi"), List.of(List.of("1", "An", "40"))), 400,
                "Dòng 1 của trang tính đầu tiên phải là dòng tiêu đề");
        List<String> noBirthDate = new ArrayList<>(StaffWorkbooks.HEADERS);
        noBirthDate.remove("Ngày sinh");
        assertRefused(StaffWorkbooks.workbook(noBirthDate, List.of(List.of("A1"))), 400,
                "thiếu cột bắt buộc: “Ngày sinh”");
        List<String> extra = new ArrayList<>(StaffWorkbooks.HEADERS);
        extra.add("Quê quán");
        assertRefused(StaffWorkbooks.workbook(extra, List.of(List.of("A1"))), 400, "“Quê quán”");
    }

    @Test
    void aSheetOfMoreThanOneHundredThousandRowsIsRefused() {
        assertRefused(StaffWorkbooks.codesOnly(100_001, "DAI"), 400, "hơn 100.000 dòng");
    }

    @Test
    void aRequestWithoutAFileIsRefused() {
        Api.Response r = api().as(ImportAgency.SPECIALIST).postFile(StaffImportIT.IMPORTS, "tep", "ds.xlsx",
                StaffImportIT.XLSX, HostileFiles.text());
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.header("Content-Type")).startsWith("application/problem+json");
        assertThat(r.json().get("detail").asString()).contains("Thiếu");
    }
}
