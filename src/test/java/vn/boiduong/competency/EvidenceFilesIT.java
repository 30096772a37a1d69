package vn.boiduong.competency;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.boiduong.competency.CompetencyFixtures.unitId;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.boiduong.support.Api;
import vn.boiduong.support.HttpTest;

/**
 * Evidence files of an assessment over real HTTP: real PDF, PNG and DOCX files made here go up and
 * come back byte for byte; renamed programs and pages, oversize files, other units and other roles
 * are refused with the right status and a Vietnamese reason.
 */
class EvidenceFilesIT extends HttpTest {

    static final String PDF_TYPE = "application/pdf";

    record Assessment(long staffId, long id) {
        String evidence() {
            return "/api/v1/staff/" + staffId + "/assessments/" + id + "/evidence";
        }
    }

    /** A new assessment of a person of the unit, recorded by {@code assessor}. */
    private Assessment assess(String assessor, String unitCode, int personIndex) {
        long unit = unitId(api().as("admin"), unitCode);
        JsonNode person = api().as("chuyenvien").get("/api/v1/units/" + unit + "/competency-gaps").json()
                .get("staff").get(personIndex);
        long staffId = person.get("staffId").asLong();
        return assessStaff(assessor, staffId, person.get("gaps").get(0).get("competencyId").asLong());
    }

    private Assessment assessStaff(String assessor, long staffId, long competencyId) {
        var r = api().as(assessor).postJson("/api/v1/staff/" + staffId + "/competency-assessments", Map.of(
                "competencyId", competencyId, "level", 3, "assessedOn",
                LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).toString(), "evidence", "Có chứng chỉ kèm theo"));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return new Assessment(staffId, r.json().get("id").asLong());
    }

    static byte[] pdf(String text) throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
                s.beginText();
                s.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 14);
                s.newLineAtOffset(72, 700);
                s.showText(text);
                s.endText();
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    static byte[] png() throws IOException {
        BufferedImage img = new BufferedImage(120, 80, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(new Color(0x1f, 0x6f, 0xb5));
        g.fillRect(0, 0, 120, 80);
        g.setColor(Color.WHITE);
        g.drawString("QLNN", 40, 45);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, "png", out);
        return out.toByteArray();
    }

    static byte[] docx() throws IOException {
        try (XWPFDocument d = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            d.createParagraph().createRun().setText("Biên bản đánh giá năng lực");
            d.write(out);
            return out.toByteArray();
        }
    }

    static String sha256(byte[] b) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
    }

    /** A multipart request with several file parts, over HTTP Basic (Api sends one part only). */
    private Api.Response upload(String user, String path, String field, List<Map.Entry<String, byte[]>> files)
            throws Exception {
        String boundary = "----ev" + UUID.randomUUID();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Map.Entry<String, byte[]> f : files) {
            out.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\""
                    + f.getKey() + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            out.write(f.getValue());
            out.write("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        out.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest req = HttpRequest.newBuilder(URI.create(baseUrl() + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + Api.DEMO_PASSWORD)
                        .getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(out.toByteArray())).build();
        HttpResponse<byte[]> r = HttpClient.newHttpClient().send(req, HttpResponse.BodyHandlers.ofByteArray());
        return new Api.Response(r.statusCode(), r.headers(), r.body());
    }

    @Test
    void aRealPdfWithAVietnameseNameGoesUpAndComesBackByteForByte() throws Exception {
        Assessment a = assess("chuyenvien", "CCHC", 1);
        byte[] pdf = pdf("Chung chi boi duong QLNN ngach chuyen vien");
        var up = api().as("chuyenvien").postFile(a.evidence(), "file", "Chứng chỉ bồi dưỡng QLNN.pdf",
                "application/octet-stream", pdf);
        assertThat(up.status()).as(up.body()).isEqualTo(201);
        JsonNode stored = up.json().get(0);
        assertThat(stored.get("fileName").asString()).isEqualTo("Chứng chỉ bồi dưỡng QLNN.pdf");
        assertThat(stored.get("contentType").asString()).isEqualTo(PDF_TYPE);
        assertThat(stored.get("size").asLong()).isEqualTo(pdf.length);
        assertThat(stored.get("sha256").asString()).isEqualTo(sha256(pdf));
        assertThat(stored.get("uploadedBy").asString()).isEqualTo("chuyenvien");
        long fileId = stored.get("id").asLong();

        // the person's unit head, the Office, the Director and the administrator read it
        for (String reader : new String[] {"tp.cchc", "chanhvp", "chuyenvien", "giamdoc", "admin"}) {
            var down = api().as(reader).get(a.evidence() + "/" + fileId);
            assertThat(down.status()).as(reader).isEqualTo(200);
            assertThat(down.bytes()).as(reader).isEqualTo(pdf);
            assertThat(down.header("Content-Type")).isEqualTo(PDF_TYPE);
            assertThat(down.header("X-Content-Type-Options")).isEqualTo("nosniff");
            String cd = down.header("Content-Disposition");
            assertThat(cd).startsWith("attachment;").contains("filename=\"Chung chi boi duong QLNN.pdf\"")
                    .contains("filename*=UTF-8''");
            String encoded = cd.substring(cd.indexOf("filename*=UTF-8''") + "filename*=UTF-8''".length());
            assertThat(URLDecoder.decode(encoded, StandardCharsets.UTF_8)).isEqualTo("Chứng chỉ bồi dưỡng QLNN.pdf");
        }
        // listed with the assessment, on the person's competencies and on its own
        JsonNode list = api().as("tp.cchc").get(a.evidence()).json();
        assertThat(list.get(0).get("id").asLong()).isEqualTo(fileId);
        String profile = api().as("chuyenvien").get("/api/v1/staff/" + a.staffId() + "/competencies").body();
        assertThat(profile).contains("\"evidenceFiles\"").contains("Chứng chỉ bồi dưỡng QLNN.pdf");

        // the upload is in the audit trail
        var trail = api().as("chanhvp").get("/api/v1/audit?type=competency&id=assessment:" + a.id()).json()
                .get("items");
        assertThat(trail.get(0).get("action").asString()).isEqualTo("UPLOAD");
        assertThat(trail.get(0).get("actor").asString()).isEqualTo("chuyenvien");
        assertThat(trail.get(0).get("detail").asString()).contains("Chứng chỉ bồi dưỡng QLNN.pdf").contains(sha256(pdf));
    }

    @Test
    void severalFilesAtOnceAndPathTricksInNamesAreHarmless() throws Exception {
        Assessment a = assess("tp.cchc", "CCHC", 2);
        byte[] png = png();
        byte[] docx = docx();
        var up = upload("tp.cchc", a.evidence(), "files", List.of(Map.entry("../../../etc/Ảnh chứng nhận.png", png),
                Map.entry("C:\\Users\\Lê Thị Hà\\Biên bản đánh giá.docx", docx)));
        assertThat(up.status()).as(up.body()).isEqualTo(201);
        assertThat(up.json().get(0).get("fileName").asString()).isEqualTo("Ảnh chứng nhận.png");
        assertThat(up.json().get(0).get("contentType").asString()).isEqualTo("image/png");
        assertThat(up.json().get(1).get("fileName").asString()).isEqualTo("Biên bản đánh giá.docx");
        assertThat(up.json().get(1).get("contentType").asString())
                .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        long pngId = up.json().get(0).get("id").asLong();
        var down = api().as("chanhvp").get(a.evidence() + "/" + pngId);
        assertThat(down.bytes()).isEqualTo(png);
        assertThat(ImageIO.read(new java.io.ByteArrayInputStream(down.bytes())).getWidth()).isEqualTo(120);
        assertThat(down.header("Content-Type")).isEqualTo("image/png");
        assertThat(down.header("Content-Disposition")).contains("filename=\"Anh chung nhan.png\"")
                .doesNotContain("..").doesNotContain("/");
        assertThat(api().as("chanhvp").get(a.evidence() + "/" + up.json().get(1).get("id").asLong()).bytes())
                .isEqualTo(docx);
    }

    @Test
    void renamedProgramsPagesAndWrongKindsAre400WithAVietnameseReasonAndNothingIsStored() throws Exception {
        Assessment a = assess("chuyenvien", "CCHC", 3);
        byte[] exe = new byte[2048];
        exe[0] = 'M';
        exe[1] = 'Z';
        var r = api().as("chuyenvien").postFile(a.evidence(), "file", "bang-diem.pdf", PDF_TYPE, exe);
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.header("Content-Type")).startsWith("application/problem+json");
        assertThat(r.json().get("detail").asString()).contains("không phải là PDF").contains("đổi tên");
        assertThat(r.json().get("errors").get(0).get("field").asString()).isEqualTo("files");

        byte[] html = "<html><body><script>alert('x')</script></body></html>".getBytes(StandardCharsets.UTF_8);
        assertThat(api().as("chuyenvien").postFile(a.evidence(), "file", "chung-chi.pdf", PDF_TYPE, html).json()
                .get("detail").asString()).contains("không phải là PDF");
        assertThat(api().as("chuyenvien").postFile(a.evidence(), "file", "trang.html", "text/html", html).json()
                .get("detail").asString()).contains("chỉ nhận PDF, JPEG, PNG, DOCX, XLSX");
        // a PNG under a .jpg name: the kinds disagree
        assertThat(api().as("chuyenvien").postFile(a.evidence(), "file", "anh.jpg", "image/jpeg", png()).status())
                .isEqualTo(400);
        // a Word file under an Excel name
        assertThat(api().as("chuyenvien").postFile(a.evidence(), "file", "bang.xlsx", "application/octet-stream",
                docx()).json().get("detail").asString()).contains("không phải là Excel (XLSX)");
        // one bad file among good ones: none is stored
        var mixed = upload("chuyenvien", a.evidence(), "files", List.of(Map.entry("tot.pdf", pdf("ok")),
                Map.entry("xau.pdf", exe)));
        assertThat(mixed.status()).isEqualTo(400);
        assertThat(api().as("chuyenvien").postFile(a.evidence(), "file", "", PDF_TYPE, new byte[0]).status())
                .isEqualTo(400);
        assertThat(api().as("chuyenvien").get(a.evidence()).json().size()).isZero();
    }

    @Test
    void aFileOverTheLimitIs413() throws Exception {
        Assessment a = assess("chuyenvien", "CCHC", 4);
        byte[] big = new byte[5 * 1024 * 1024 + 1];
        System.arraycopy("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), 0, big, 0, 9);
        var r = api().as("chuyenvien").postFile(a.evidence(), "file", "Bản scan.pdf", PDF_TYPE, big);
        assertThat(r.status()).isEqualTo(413);
        assertThat(r.json().get("detail").asString()).contains("vượt quá giới hạn 5 MB");
        assertThat(api().as("chuyenvien").get(a.evidence()).json().size()).isZero();
    }

    @Test
    void otherRolesAndUnitsAreRefusedAndUnknownFilesAre404() throws Exception {
        Assessment a = assess("chuyenvien", "CCHC", 5);
        byte[] pdf = pdf("Minh chung");
        var up = api().as("chuyenvien").postFile(a.evidence(), "file", "minh-chung.pdf", PDF_TYPE, pdf);
        long fileId = up.json().get(0).get("id").asLong();
        String file = a.evidence() + "/" + fileId;

        // upload: whoever records assessments of that person
        assertThat(api().as("nhanvien").postFile(a.evidence(), "file", "x.pdf", PDF_TYPE, pdf).status()).isEqualTo(403);
        assertThat(api().as("giamdoc").postFile(a.evidence(), "file", "x.pdf", PDF_TYPE, pdf).status()).isEqualTo(403);
        assertThat(api().as("admin").postFile(a.evidence(), "file", "x.pdf", PDF_TYPE, pdf).status()).isEqualTo(403);
        assertThat(api().as("tp.tccb").postFile(a.evidence(), "file", "x.pdf", PDF_TYPE, pdf).status()).isEqualTo(404);
        // without credentials: refused before anything is read (CSRF for an anonymous POST, then 401)
        assertThat(api().postFile(a.evidence(), "file", "x.pdf", PDF_TYPE, pdf).status()).isIn(401, 403);
        // download: the head of another unit does not see the person; a staff member sees only themselves
        assertThat(api().as("tp.tccb").get(file).status()).isEqualTo(404);
        assertThat(api().as("nhanvien").get(file).status()).isEqualTo(403);
        assertThat(api().get(file).status()).isEqualTo(401);
        // unknown or mismatched ids
        assertThat(api().as("chuyenvien").get(a.evidence() + "/999999999").status()).isEqualTo(404);
        Assessment other = assess("chuyenvien", "CCHC", 6);
        assertThat(api().as("chuyenvien").get(other.evidence() + "/" + fileId).status()).isEqualTo(404);
        assertThat(api().as("chuyenvien").get("/api/v1/staff/" + other.staffId() + "/assessments/" + a.id()
                + "/evidence/" + fileId).status()).isEqualTo(404);
        assertThat(api().as("chuyenvien").postFile("/api/v1/staff/" + a.staffId() + "/assessments/999999999/evidence",
                "file", "x.pdf", PDF_TYPE, pdf).status()).isEqualTo(404);
    }

    @Test
    void aStaffMemberReadsTheirOwnAssessmentsAndEvidence() throws Exception {
        String fullName = api().as("nhanvien").get("/api/v1/me").json().get("fullName").asString();
        long cchc = unitId(api().as("admin"), "CCHC");
        long staffId = -1;
        long competencyId = -1;
        for (JsonNode s : api().as("chuyenvien").get("/api/v1/units/" + cchc + "/competency-gaps").json().get("staff")) {
            if (s.get("fullName").asString().equals(fullName)) {
                staffId = s.get("staffId").asLong();
                competencyId = s.get("gaps").get(0).get("competencyId").asLong();
            }
        }
        assertThat(staffId).as("nhanvien's staff record in CCHC").isPositive();
        Assessment a = assessStaff("tp.cchc", staffId, competencyId);
        byte[] png = png();
        long fileId = api().as("tp.cchc").postFile(a.evidence(), "file", "Ảnh chứng chỉ.png", "image/png", png).json()
                .get(0).get("id").asLong();
        var own = api().as("nhanvien").get(a.evidence() + "/" + fileId);
        assertThat(own.status()).isEqualTo(200);
        assertThat(own.bytes()).isEqualTo(png);
        assertThat(api().as("nhanvien").get("/api/v1/staff/" + staffId + "/competencies").status()).isEqualTo(200);
        var page = new Api(baseUrl()).signedIn("nhanvien").get("/competencies/staff/" + staffId);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Ảnh chứng chỉ.png").doesNotContain("evidence-upload");
    }

    @Test
    void thePersonsPageListsTheFilesAndTakesUploadsFromItsForms() throws Exception {
        Assessment a = assess("chuyenvien", "CCHC", 7);
        Api office = new Api(baseUrl()).signedIn("chuyenvien");
        String pagePath = "/competencies/staff/" + a.staffId();
        String action = pagePath + "/assessments/" + a.id() + "/evidence";
        assertThat(office.get(pagePath).body()).contains("enctype=\"multipart/form-data\"").contains(action);

        byte[] pdf = pdf("Giay chung nhan");
        var saved = office.postFile(action, "files", "Giấy chứng nhận <i>tin học.pdf", PDF_TYPE, pdf);
        assertThat(saved.status()).isEqualTo(302);
        String body = office.get(pagePath).body();
        assertThat(body).contains("Giấy chứng nhận _i_tin học.pdf").doesNotContain("<i>tin");
        assertThat(body).containsPattern("href=\"/api/v1/staff/" + a.staffId() + "/assessments/" + a.id()
                + "/evidence/\\d+\"");

        var refused = office.postFile(action, "files", "bang-diem.pdf", PDF_TYPE,
                "<html>trang web</html>".getBytes(StandardCharsets.UTF_8));
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("id=\"evidence-error\"").contains("không phải là PDF")
                .contains("aria-invalid=\"true\"").contains("<details class=\"evidence-upload mt-1\" open");

        // a new assessment and its file from the assessment form, in one go
        Api head = new Api(baseUrl()).signedIn("tp.cchc");
        assertThat(head.get(pagePath).body()).contains("id=\"files\"");
        long competencyId = api().as("chuyenvien").get("/api/v1/staff/" + a.staffId() + "/competencies").json()
                .get("competencies").get(0).get("competencyId").asLong();
        String today = java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")
                .format(LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")));
        Map<String, String> fields = Map.of("competencyId", String.valueOf(competencyId), "level", "4",
                "assessedOn", today, "evidence", "Kèm bảng điểm");
        var bad = head.postMultipart(pagePath, fields, "files", "bang-diem.pdf", PDF_TYPE, "MZ....".getBytes());
        assertThat(bad.status()).isEqualTo(200);
        assertThat(bad.body()).contains("id=\"files-err\"").contains("không phải là PDF");
        var ok = head.postMultipart(pagePath, fields, "files", "Bảng điểm lớp QLNN.pdf", PDF_TYPE, pdf);
        assertThat(ok.status()).isEqualTo(302);
        JsonNode current = null;
        for (JsonNode row : api().as("chuyenvien").get("/api/v1/staff/" + a.staffId() + "/competencies").json()
                .get("competencies")) {
            if (row.get("competencyId").asLong() == competencyId) {
                current = row.get("current");
            }
        }
        assertThat(current.get("level").asInt()).isEqualTo(4);
        assertThat(current.get("assessor").asString()).isEqualTo("tp.cchc");
        assertThat(current.get("evidenceFiles").get(0).get("fileName").asString()).isEqualTo("Bảng điểm lớp QLNN.pdf");
        assertThat(current.get("evidenceFiles").get(0).get("sha256").asString()).isEqualTo(sha256(pdf));
    }
}
