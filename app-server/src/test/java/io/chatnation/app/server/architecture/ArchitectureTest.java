package io.chatnation.app.server.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The production classes of every module keep the dependency rules of ARCHITECTURE.md §2. */
class ArchitectureTest {

    /** Imported once for all rules: app-server's test classpath holds every module. */
    private static final JavaClasses PRODUCTION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.chatnation");

    @Test
    void the_domain_depends_on_nothing_but_java() {
        ArchitectureRules.DOMAIN_DEPENDS_ONLY_ON_ITSELF_AND_JAVA.check(PRODUCTION);
    }

    @Test
    void the_domain_carries_no_framework_annotations() {
        ArchitectureRules.DOMAIN_CARRIES_NO_FRAMEWORK_ANNOTATIONS.check(PRODUCTION);
    }

    @Test
    void the_ports_depend_on_nothing_but_themselves_the_domain_and_java() {
        ArchitectureRules.PORTS_DEPEND_ONLY_ON_THEMSELVES_THE_DOMAIN_AND_JAVA.check(PRODUCTION);
    }

    @Test
    void the_ports_carry_no_framework_annotations() {
        ArchitectureRules.PORTS_CARRY_NO_FRAMEWORK_ANNOTATIONS.check(PRODUCTION);
    }

    @Test
    void adapters_do_not_depend_on_each_other() {
        ArchitectureRules.ADAPTERS_DO_NOT_DEPEND_ON_EACH_OTHER.check(PRODUCTION);
    }

    @Test
    void nothing_but_the_apps_depends_on_the_apps() {
        ArchitectureRules.NOTHING_BUT_THE_APPS_DEPENDS_ON_THE_APPS.check(PRODUCTION);
    }

    @Test
    void only_the_apps_depend_on_adapters() {
        ArchitectureRules.ONLY_THE_APPS_DEPEND_ON_ADAPTERS.check(PRODUCTION);
    }

    @Test
    void use_cases_are_constructed_only_by_the_apps() {
        ArchitectureRules.USE_CASES_ARE_CONSTRUCTED_ONLY_BY_THE_APPS.check(PRODUCTION);
    }

    @Test
    void factories_live_only_in_the_apps() {
        ArchitectureRules.FACTORIES_LIVE_ONLY_IN_THE_APPS.check(PRODUCTION);
    }

    @Test
    void business_modules_meet_only_through_their_in_ports() {
        ArchitectureRules.BUSINESS_MODULES_MEET_ONLY_THROUGH_IN_PORTS.check(PRODUCTION);
    }

    @Test
    void domain_modules_are_free_of_cycles() {
        ArchitectureRules.DOMAIN_MODULES_ARE_FREE_OF_CYCLES.check(PRODUCTION);
    }

    @Test
    void port_modules_are_free_of_cycles() {
        ArchitectureRules.PORT_MODULES_ARE_FREE_OF_CYCLES.check(PRODUCTION);
    }

    @Test
    void the_shared_kernel_depends_on_no_business_module() {
        ArchitectureRules.THE_SHARED_KERNEL_DEPENDS_ON_NO_BUSINESS_MODULE.check(PRODUCTION);
    }

    @Test
    void domain_modules_hold_other_modules_aggregates_only_by_id() {
        ArchitectureRules.DOMAIN_MODULES_HOLD_OTHER_MODULES_AGGREGATES_ONLY_BY_ID.check(PRODUCTION);
    }

    @Test
    void the_core_never_sees_jdbc_or_micronaut() {
        ArchitectureRules.THE_CORE_NEVER_SEES_JDBC_OR_MICRONAUT.check(PRODUCTION);
    }
}
