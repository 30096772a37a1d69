package vn.boiduong;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The module boundaries of architecture.md, checked on every build. The diagrams in docs/modules are
 * written only when asked ({@code ./mvnw test -Dtest=ModularityTest -Dmodules.docs=true}): the
 * generator orders some relations differently from run to run, so writing them on every build left
 * tracked files changed after a plain test run.
 */
class ModularityTest {

    static final ApplicationModules MODULES = ApplicationModules.of(BoiDuongApplication.class);

    @Test
    void modulesRespectTheirBoundaries() {
        MODULES.verify();
    }

    @Test
    @EnabledIfSystemProperty(named = "modules.docs", matches = "true")
    void writesModuleDocumentation() {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder("docs/modules"))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
        assertThat(Path.of("docs/modules/components.puml")).exists();
    }
}
