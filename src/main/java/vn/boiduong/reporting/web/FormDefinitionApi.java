package vn.boiduong.reporting.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.boiduong.common.Actor;
import vn.boiduong.common.CurrentActor;
import vn.boiduong.reporting.FormDefinition;
import vn.boiduong.reporting.FormDefinitions;

/** The definitions of the official forms: read by the Office and the Director, edited by the admin. */
@RestController
@Tag(name = "Biểu mẫu", description = "Định nghĩa các biểu 1a, 1b, 2a, 2b, 2c (mẫu mặc định — có thể điều chỉnh)")
class FormDefinitionApi {

    record DefinitionResponse(String code, boolean edited, String updatedBy, LocalDateTime updatedAt, long version,
            FormDefinition definition) {
        static DefinitionResponse of(FormDefinitions.Current c) {
            return new DefinitionResponse(c.code(), c.edited(), c.updatedBy(), c.updatedAt(), c.version(),
                    c.definition());
        }
    }

    private final FormDefinitions definitions;

    FormDefinitionApi(FormDefinitions definitions) {
        this.definitions = definitions;
    }

    @GetMapping("/api/v1/forms")
    @Operation(summary = "Các biểu có định nghĩa, và biểu nào đã được điều chỉnh")
    List<DefinitionResponse> list() {
        Actor actor = CurrentActor.get();
        return FormDefinitions.CODES.stream().map(c -> DefinitionResponse.of(definitions.current(actor, c))).toList();
    }

    @GetMapping("/api/v1/forms/{code}/definition")
    @Operation(summary = "Định nghĩa đang dùng của một biểu (của quản trị, hoặc mẫu mặc định)")
    DefinitionResponse get(@PathVariable String code) {
        return DefinitionResponse.of(definitions.current(CurrentActor.get(), code));
    }

    @PutMapping(value = "/api/v1/forms/{code}/definition", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Thay định nghĩa của một biểu (ADMIN); version là phiên bản đã đọc, để hai người "
            + "không ghi đè lên nhau (409)")
    DefinitionResponse put(@PathVariable String code, @RequestBody String json,
            @RequestParam(required = false) Long version) {
        return DefinitionResponse.of(definitions.save(CurrentActor.get(), code, json, version));
    }

    @DeleteMapping("/api/v1/forms/{code}/definition")
    @Operation(summary = "Dùng lại mẫu mặc định của một biểu (ADMIN)")
    DefinitionResponse reset(@PathVariable String code) {
        return DefinitionResponse.of(definitions.reset(CurrentActor.get(), code));
    }
}
