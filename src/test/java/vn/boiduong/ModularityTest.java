package vn.boiduong;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The module boundaries of architecture.md, checked on every build; the diagrams go to docs/modules. */
class ModularityTest {

    static final ApplicationModules MODULES = ApplicationModules.of(BoiDuongApplication.class);

    @Test
    void modulesRespectTheirBoundaries() {
        MODULES.verify();
    }

    @Test
    void writesModuleDocumentation() {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder("docs/modules"))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
        org.assertj.core.api.Assertions.assertThat(java.nio.file.Path.of("docs/modules/components.puml")).exists();
    }
}
