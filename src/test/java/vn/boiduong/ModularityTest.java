package vn.boiduong;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModuleDependency;
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

    /** The modules that write seed data; the only ones outside a module that may use its seeding interface. */
    static final Set<String> SEEDERS = Set.of("demo", "scale");

    /**
     * A module's named interface {@code seeding} writes without a person's rights (demo data, scale
     * data): no production module may reach it, so a right cannot be skipped by calling it instead
     * of the module's services. Tests may use it; they are not among the modules.
     */
    @Test
    void onlyTheSeedersUseTheSeedingInterfaces() {
        List<String> seeders = seedingUsesBy(m -> SEEDERS.contains(m.getIdentifier().toString()));
        List<String> others = seedingUsesBy(m -> !SEEDERS.contains(m.getIdentifier().toString()));
        assertThat(seeders).as("the demo data writes through the seeding interfaces").isNotEmpty();
        assertThat(others).isEmpty();
    }

    /** "source -> target" for every use of a seeding interface by a module that {@code from} accepts. */
    private static List<String> seedingUsesBy(java.util.function.Predicate<ApplicationModule> from) {
        return MODULES.stream().filter(from)
                .flatMap(m -> m.getDirectDependencies(MODULES).stream())
                .filter(ModularityTest::reachesSeeding)
                .map(d -> d.getSourceType().getName() + " -> " + d.getTargetType().getName())
                .distinct().sorted().toList();
    }

    private static boolean reachesSeeding(ApplicationModuleDependency d) {
        return d.getTargetModule().getNamedInterfaces().getByName("seeding")
                .map(seeding -> seeding.contains(d.getTargetType())).orElse(false);
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
