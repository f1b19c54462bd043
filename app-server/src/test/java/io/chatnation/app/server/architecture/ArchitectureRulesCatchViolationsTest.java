package io.chatnation.app.server.architecture;

import static io.chatnation.app.server.architecture.ArchitectureRules.ADAPTERS_DO_NOT_DEPEND_ON_EACH_OTHER;
import static io.chatnation.app.server.architecture.ArchitectureRules.BUSINESS_MODULES_MEET_ONLY_THROUGH_IN_PORTS;
import static io.chatnation.app.server.architecture.ArchitectureRules.DOMAIN_CARRIES_NO_FRAMEWORK_ANNOTATIONS;
import static io.chatnation.app.server.architecture.ArchitectureRules.DOMAIN_DEPENDS_ONLY_ON_ITSELF_AND_JAVA;
import static io.chatnation.app.server.architecture.ArchitectureRules.DOMAIN_MODULES_ARE_FREE_OF_CYCLES;
import static io.chatnation.app.server.architecture.ArchitectureRules.DOMAIN_MODULES_HOLD_OTHER_MODULES_AGGREGATES_ONLY_BY_ID;
import static io.chatnation.app.server.architecture.ArchitectureRules.FACTORIES_LIVE_ONLY_IN_THE_APPS;
import static io.chatnation.app.server.architecture.ArchitectureRules.NOTHING_BUT_THE_APPS_DEPENDS_ON_THE_APPS;
import static io.chatnation.app.server.architecture.ArchitectureRules.ONLY_THE_APPS_DEPEND_ON_ADAPTERS;
import static io.chatnation.app.server.architecture.ArchitectureRules.PORTS_CARRY_NO_FRAMEWORK_ANNOTATIONS;
import static io.chatnation.app.server.architecture.ArchitectureRules.PORTS_DEPEND_ONLY_ON_THEMSELVES_THE_DOMAIN_AND_JAVA;
import static io.chatnation.app.server.architecture.ArchitectureRules.PORT_MODULES_ARE_FREE_OF_CYCLES;
import static io.chatnation.app.server.architecture.ArchitectureRules.THE_CORE_NEVER_SEES_JDBC_OR_MICRONAUT;
import static io.chatnation.app.server.architecture.ArchitectureRules.THE_SHARED_KERNEL_DEPENDS_ON_NO_BUSINESS_MODULE;
import static io.chatnation.app.server.architecture.ArchitectureRules.USE_CASES_ARE_CONSTRUCTED_ONLY_BY_THE_APPS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import io.chatnation.adapter.archfixturepersistence.JdbcMessages;
import io.chatnation.adapter.archfixturepersistence.PersistenceFactory;
import io.chatnation.adapter.archfixtureweb.CheckInController;
import io.chatnation.adapter.archfixtureweb.ServerSettingsController;
import io.chatnation.adapter.archfixturewhatsapp.CloudApiChannel;
import io.chatnation.app.archfixture.EventsWiring;
import io.chatnation.app.archfixture.ServerSettings;
import io.chatnation.domain.archfixture.DomainAnnotatedWithSingleton;
import io.chatnation.domain.archfixture.DomainLogsThroughSlf4j;
import io.chatnation.domain.archfixture.DomainReadsJdbc;
import io.chatnation.domain.archfixture.DomainServiceMarkedAsComponent;
import io.chatnation.domain.archfixture.DomainWithFrameworkAnnotatedParameter;
import io.chatnation.domain.archfixturebilling.PaymentMethod;
import io.chatnation.domain.archfixturebilling.Tariff;
import io.chatnation.domain.archfixturebilling.Wallet;
import io.chatnation.domain.archfixtureevents.TicketHoldsWallet;
import io.chatnation.domain.archfixtureevents.TicketHoldsWallets;
import io.chatnation.domain.archfixtureevents.TicketPricing;
import io.chatnation.domain.archfixtureevents.TicketRefersToWalletById;
import io.chatnation.domain.shared.archfixture.KernelKnowsWallets;
import io.chatnation.ports.archfixture.UseCaseAnnotatedWithSingleton;
import io.chatnation.ports.archfixture.UseCaseCallsAnAdapter;
import io.chatnation.ports.archfixture.UseCaseLogsThroughSlf4j;
import io.chatnation.ports.archfixture.UseCaseOpensConnections;
import io.chatnation.ports.archfixturecampaigns.in.CampaignSummary;
import io.chatnation.ports.archfixturecampaigns.in.CreateAutomation;
import io.chatnation.ports.archfixturecampaigns.out.Automations;
import io.chatnation.ports.archfixturecampaigns.usecase.CreateAutomationService;
import io.chatnation.ports.archfixtureevents.in.CheckInAttendee;
import io.chatnation.ports.archfixtureevents.in.EventSummary;
import io.chatnation.ports.archfixtureevents.usecase.CheckInAttendeeService;
import io.chatnation.ports.archfixtureevents.usecase.ScheduleFollowUpService;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each rule of {@link ArchitectureRules} is fed classes that break it — and only those, imported from the
 * {@code archfixture} packages of the test sources — and must fail, so that no rule passes vacuously. Where a rule
 * makes an exception, the permitted shape is fed to it too and must pass, so that no rule is broader than the
 * architecture.
 */
class ArchitectureRulesCatchViolationsTest {

    private static final Map<ArchRule, String> RULE_NAMES = ruleNames();

    static Stream<Named<Case>> violations() {
        return Stream.of(
                breaks(DOMAIN_DEPENDS_ONLY_ON_ITSELF_AND_JAVA, DomainLogsThroughSlf4j.class),
                breaks(DOMAIN_CARRIES_NO_FRAMEWORK_ANNOTATIONS, DomainAnnotatedWithSingleton.class),
                breaks(DOMAIN_CARRIES_NO_FRAMEWORK_ANNOTATIONS, DomainServiceMarkedAsComponent.class),
                breaks(DOMAIN_CARRIES_NO_FRAMEWORK_ANNOTATIONS, DomainWithFrameworkAnnotatedParameter.class),
                breaks(PORTS_DEPEND_ONLY_ON_THEMSELVES_THE_DOMAIN_AND_JAVA, UseCaseLogsThroughSlf4j.class),
                breaks(PORTS_CARRY_NO_FRAMEWORK_ANNOTATIONS, UseCaseAnnotatedWithSingleton.class),
                breaks(ADAPTERS_DO_NOT_DEPEND_ON_EACH_OTHER, CloudApiChannel.class, JdbcMessages.class),
                breaks(NOTHING_BUT_THE_APPS_DEPENDS_ON_THE_APPS, ServerSettingsController.class, ServerSettings.class),
                breaks(ONLY_THE_APPS_DEPEND_ON_ADAPTERS, UseCaseCallsAnAdapter.class, JdbcMessages.class),
                breaks(USE_CASES_ARE_CONSTRUCTED_ONLY_BY_THE_APPS, CheckInController.class, CheckInAttendeeService.class),
                breaks(FACTORIES_LIVE_ONLY_IN_THE_APPS, PersistenceFactory.class),
                breaks(BUSINESS_MODULES_MEET_ONLY_THROUGH_IN_PORTS, ScheduleFollowUpService.class, Automations.class),
                breaks(DOMAIN_MODULES_ARE_FREE_OF_CYCLES, TicketPricing.class, Tariff.class),
                breaks(PORT_MODULES_ARE_FREE_OF_CYCLES, EventSummary.class, CampaignSummary.class),
                breaks(PORT_MODULES_ARE_FREE_OF_CYCLES, CheckInAttendeeService.class, CreateAutomationService.class,
                        CheckInAttendee.class, CreateAutomation.class, Automations.class),
                breaks(THE_SHARED_KERNEL_DEPENDS_ON_NO_BUSINESS_MODULE, KernelKnowsWallets.class, Wallet.class),
                breaks(DOMAIN_MODULES_HOLD_OTHER_MODULES_AGGREGATES_ONLY_BY_ID, TicketHoldsWallet.class, Wallet.class),
                breaks(DOMAIN_MODULES_HOLD_OTHER_MODULES_AGGREGATES_ONLY_BY_ID, TicketHoldsWallets.class, Wallet.class),
                breaks(THE_CORE_NEVER_SEES_JDBC_OR_MICRONAUT, DomainReadsJdbc.class),
                breaks(THE_CORE_NEVER_SEES_JDBC_OR_MICRONAUT, UseCaseOpensConnections.class),
                breaks(THE_CORE_NEVER_SEES_JDBC_OR_MICRONAUT, UseCaseAnnotatedWithSingleton.class));
    }

    static Stream<Named<Case>> permittedShapes() {
        return Stream.of(
                permits(USE_CASES_ARE_CONSTRUCTED_ONLY_BY_THE_APPS, EventsWiring.class, CheckInAttendeeService.class),
                permits(FACTORIES_LIVE_ONLY_IN_THE_APPS, EventsWiring.class),
                permits(BUSINESS_MODULES_MEET_ONLY_THROUGH_IN_PORTS, CheckInAttendeeService.class,
                        CreateAutomationService.class, CheckInAttendee.class, CreateAutomation.class, Automations.class),
                permits(DOMAIN_MODULES_HOLD_OTHER_MODULES_AGGREGATES_ONLY_BY_ID, TicketRefersToWalletById.class,
                        Wallet.class, PaymentMethod.class));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("violations")
    void each_rule_fails_on_a_class_that_breaks_it(Case violation) {
        JavaClasses fixtures = new ClassFileImporter().importClasses(violation.classes());

        assertThatThrownBy(() -> violation.rule().check(fixtures))
                .isInstanceOf(AssertionError.class)
                // Names the offender: the rule failed on it, not merely because it found nothing to check.
                .hasMessageContaining(violation.classes().get(0).getName());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("permittedShapes")
    void each_rule_accepts_what_the_architecture_permits(Case permitted) {
        JavaClasses fixtures = new ClassFileImporter().importClasses(permitted.classes());

        assertThatCode(() -> permitted.rule().check(fixtures)).doesNotThrowAnyException();
    }

    @Test
    void every_rule_is_seen_failing() {
        Set<String> seenFailing = violations().map(named -> RULE_NAMES.get(named.getPayload().rule()))
                .collect(Collectors.toSet());

        assertThat(seenFailing).containsExactlyInAnyOrderElementsOf(RULE_NAMES.values());
    }

    /** The offender comes first; the others are imported alongside it so the rule sees both ends of a dependency. */
    private static Named<Case> breaks(ArchRule rule, Class<?> offender, Class<?>... alongside) {
        List<Class<?>> classes = Stream.concat(Stream.of(offender), Arrays.stream(alongside)).toList();
        return Named.of(RULE_NAMES.get(rule) + " fails on " + offender.getSimpleName(), new Case(rule, classes));
    }

    private static Named<Case> permits(ArchRule rule, Class<?>... classes) {
        return Named.of(RULE_NAMES.get(rule) + " accepts " + Arrays.stream(classes).map(Class::getSimpleName)
                .collect(Collectors.joining(", ")), new Case(rule, List.of(classes)));
    }

    private static Map<ArchRule, String> ruleNames() {
        Map<ArchRule, String> names = new IdentityHashMap<>();
        for (Field field : ArchitectureRules.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && ArchRule.class.isAssignableFrom(field.getType())) {
                try {
                    names.put((ArchRule) field.get(null), field.getName());
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return names;
    }

    record Case(ArchRule rule, List<Class<?>> classes) {
    }
}
