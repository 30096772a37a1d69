package vn.boiduong.common.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.tags.Tag;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What /v3/api-docs says about the API as a whole: its title and the application's version, the
 * two ways to sign in (HTTP Basic, or the page session whose writes carry the CSRF token), and one
 * tag per module of the procedure, taken from the package of the controller so an endpoint is
 * filed under its module wherever it is written (and stays so when it moves to another module).
 * Each operation's summary is its controller's {@code @Operation}.
 */
@Configuration
class ApiDocumentation {

    static final String BASIC = "basic";
    static final String SESSION = "session";

    /** The modules in the order of the procedure, with the name and description of their tag. */
    private static final Map<String, Tag> MODULE_TAGS = new LinkedHashMap<>();

    static {
        tag("identity", "Tài khoản", "Người dùng đang đăng nhập, vai trò và đơn vị");
        tag("organization", "Tổ chức, cán bộ", "Đơn vị, cán bộ, công chức, viên chức, người lao động; nhập từ Excel");
        tag("procedure", "Quy trình", "Quy trình QT.VP.05: các bước, hạn, tiến độ của năm");
        tag("competency", "Năng lực (B1)", "Danh mục năng lực, năng lực cần có, năng lực hiện có, khoảng cách "
                + "năng lực và phân tích tổ chức");
        tag("needs", "Nhu cầu (B1–B2)", "Nhu cầu đào tạo, bồi dưỡng của các đơn vị; thu thập, tiếp nhận, tổng hợp");
        tag("planning", "Kế hoạch (B3–B4)", "Kế hoạch năm, các lớp, khóa học, phê duyệt và quyết định");
        tag("delivery", "Tổ chức thực hiện (B5)", "Lớp học, học viên, kết quả");
        tag("reporting", "Báo cáo (B6)", "Các biểu mẫu báo cáo 2a, 2b, 2c");
        tag("archive", "Lưu trữ (B7)", "Hồ sơ lưu trữ");
        tag("documents", "Biểu mẫu", "Định nghĩa các biểu 2a, 2b, 2c");
        tag("notification", "Thông báo", "Thông báo trong ứng dụng của người dùng");
        tag("audit", "Nhật ký", "Nhật ký mọi thay đổi");
        tag("backup", "Sao lưu", "Sao lưu trực tuyến cơ sở dữ liệu nhúng (H2); PostgreSQL dùng pg_dump");
    }

    private static void tag(String module, String name, String description) {
        MODULE_TAGS.put(module, new Tag().name(name).description(description));
    }

    @Bean
    OpenAPI boiDuongApi(@Value("${boiduong.version:dev}") String version,
            @Value("${server.servlet.session.cookie.name:JSESSIONID}") String sessionCookie) {
        return new OpenAPI()
                .info(new Info().title("Bồi Dưỡng API")
                        .version(version.startsWith("@") ? "dev" : version)
                        .description("API của phần mềm quản lý đào tạo, bồi dưỡng theo quy trình QT.VP.05. "
                                + "Đăng nhập bằng HTTP Basic, hoặc bằng phiên làm việc của trang web: khi đó mọi "
                                + "yêu cầu ghi gửi kèm mã CSRF (tiêu đề X-XSRF-TOKEN, giá trị trong cookie "
                                + "XSRF-TOKEN mà trang tài liệu này đặt). Lỗi theo RFC 9457 (problem details)."))
                .components(new Components()
                        .addSecuritySchemes(BASIC, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                                .description("Tên đăng nhập và mật khẩu của tài khoản"))
                        .addSecuritySchemes(SESSION, new SecurityScheme().type(SecurityScheme.Type.APIKEY)
                                .in(SecurityScheme.In.COOKIE).name(sessionCookie)
                                .description("Phiên làm việc sau khi đăng nhập trên trang /login; yêu cầu ghi cần "
                                        + "tiêu đề X-XSRF-TOKEN")))
                .addSecurityItem(new SecurityRequirement().addList(BASIC))
                .addSecurityItem(new SecurityRequirement().addList(SESSION));
    }

    /** Every operation under its module's tag, whatever tags its controller declares. */
    @Bean
    OperationCustomizer moduleTag() {
        return (operation, handler) -> {
            Tag tag = tagOf(handler.getBeanType().getPackageName());
            if (tag != null) {
                operation.setTags(new ArrayList<>(List.of(tag.getName())));
            }
            return operation;
        };
    }

    /** The document's tag list: the modules that have operations, in the order of the procedure, described. */
    @Bean
    OpenApiCustomizer moduleTags() {
        return api -> {
            java.util.Set<String> used = new java.util.HashSet<>();
            if (api.getPaths() != null) {
                api.getPaths().values().forEach(item -> item.readOperations().forEach(op -> {
                    if (op.getTags() != null) {
                        used.addAll(op.getTags());
                    }
                }));
            }
            List<Tag> tags = new ArrayList<>();
            MODULE_TAGS.values().stream().filter(t -> used.contains(t.getName())).forEach(tags::add);
            api.setTags(tags);
        };
    }

    /** "vn.boiduong.needs.web" → the tag of module needs. */
    static Tag tagOf(String packageName) {
        String prefix = "vn.boiduong.";
        if (!packageName.startsWith(prefix)) {
            return null;
        }
        String rest = packageName.substring(prefix.length());
        int dot = rest.indexOf('.');
        return MODULE_TAGS.get(dot < 0 ? rest : rest.substring(0, dot));
    }
}
