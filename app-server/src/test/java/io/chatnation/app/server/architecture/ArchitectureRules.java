package io.chatnation.app.server.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaAnnotation;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnitAccess;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.PackageMatcher;
import com.tngtech.archunit.core.domain.properties.HasAnnotations;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The dependency rules of ARCHITECTURE.md §2, each defined once. {@link ArchitectureTest} checks them against
 * the production classes; {@link ArchitectureRulesCatchViolationsTest} feeds each one a class that breaks it.
 */
public final class ArchitectureRules {

    private static final String DOMAIN = "io.chatnation.domain..";
    private static final String PORTS = "io.chatnation.ports..";
    private static final String ADAPTERS = "io.chatnation.adapter..";
    private static final String APPS = "io.chatnation.app..";
    private static final String SHARED_KERNEL = "shared";

    private static final String DOMAIN_ROOT = "io.chatnation.domain";
    private static final String PORTS_ROOT = "io.chatnation.ports";
    private static final PackageMatcher USE_CASE_PACKAGES = PackageMatcher.of("io.chatnation.ports.*.usecase..");
    private static final PackageMatcher IN_PORT_PACKAGES = PackageMatcher.of("io.chatnation.ports.*.in..");

    // §2.1 — core-domain depends on java.* only and carries no framework annotations.

    public static final ArchRule DOMAIN_DEPENDS_ONLY_ON_ITSELF_AND_JAVA = classes()
            .that().resideInAPackage(DOMAIN)
            .should().onlyDependOnClassesThat().resideInAnyPackage(DOMAIN, "java..")
            .because("core-domain is plain Java (ARCHITECTURE.md §2.1)");

    public static final ArchRule DOMAIN_CARRIES_NO_FRAMEWORK_ANNOTATIONS = classes()
            .that().resideInAPackage(DOMAIN)
            .should(carryNoFrameworkAnnotations())
            .because("no framework may creep into core-domain, not even through a meta-annotation (ARCHITECTURE.md §2.1)");

    // §2.2 — ports depend on core-domain and java.* only; use cases are plain classes.

    public static final ArchRule PORTS_DEPEND_ONLY_ON_THEMSELVES_THE_DOMAIN_AND_JAVA = classes()
            .that().resideInAPackage(PORTS)
            .should().onlyDependOnClassesThat().resideInAnyPackage(PORTS, DOMAIN, "java..")
            .because("ports depend on core-domain and java.* only (ARCHITECTURE.md §2.2)");

    public static final ArchRule PORTS_CARRY_NO_FRAMEWORK_ANNOTATIONS = classes()
            .that().resideInAPackage(PORTS)
            .should(carryNoFrameworkAnnotations())
            .because("use cases receive their ports through the constructor, not from a container (ARCHITECTURE.md §2.2)");

    // §2.3 — an adapters module never depends on another adapters module, never on an app.

    public static final ArchRule ADAPTERS_DO_NOT_DEPEND_ON_EACH_OTHER = slices()
            .matching("io.chatnation.adapter.(*)..")
            .should().notDependOnEachOther()
            .because("adapters are interchangeable only while they do not know each other (ARCHITECTURE.md §2.3)")
            // Adapters modules may hold no classes yet.
            .allowEmptyShould(true);

    /** Covers "adapters never depend on an app", and keeps the domain and the ports away from the apps too. */
    public static final ArchRule NOTHING_BUT_THE_APPS_DEPENDS_ON_THE_APPS = noClasses()
            .that().resideOutsideOfPackage(APPS)
            .should().dependOnClassesThat().resideInAPackage(APPS)
            .because("the apps sit on top: nothing is built on them (ARCHITECTURE.md §2.3)");

    // §2.4 — only the apps see every module and wire adapters and use cases.

    public static final ArchRule ONLY_THE_APPS_DEPEND_ON_ADAPTERS = noClasses()
            .that().resideOutsideOfPackages(APPS, ADAPTERS)
            .should().dependOnClassesThat().resideInAPackage(ADAPTERS)
            .because("adapters are chosen and wired only by the apps (ARCHITECTURE.md §2.4)");

    public static final ArchRule USE_CASES_ARE_CONSTRUCTED_ONLY_BY_THE_APPS = classes()
            .that().resideOutsideOfPackage(APPS)
            .should(constructNoUseCase())
            .because("use-case classes are constructed only by the wiring in the apps (ARCHITECTURE.md §2.4)");

    public static final ArchRule FACTORIES_LIVE_ONLY_IN_THE_APPS = classes()
            .that().areMetaAnnotatedWith("io.micronaut.context.annotation.Factory")
            .should().resideInAPackage(APPS)
            .because("the apps are the only place where adapters are chosen and wired (ARCHITECTURE.md §2.4)")
            // No factory has been written yet.
            .allowEmptyShould(true);

    // §2.5 — a business module calls another only through that module's in ports.

    public static final ArchRule BUSINESS_MODULES_MEET_ONLY_THROUGH_IN_PORTS = classes()
            .that().resideInAPackage(PORTS)
            .should(reachOtherBusinessModulesOnlyThroughTheirInPorts())
            .because("no module reaches into another module's repositories or use-case classes (ARCHITECTURE.md §2.5)");

    // §2.6 — no cycles between business modules; aggregates of other modules are held by id.

    public static final ArchRule DOMAIN_MODULES_ARE_FREE_OF_CYCLES = slices()
            .matching("io.chatnation.domain.(*)..")
            .should().beFreeOfCycles()
            .because("business modules form no cycles (ARCHITECTURE.md §2.6)");

    /**
     * Calls from a use case into another module's {@code in} port are the sanctioned way modules meet (§2.5), and
     * cross-cutting modules need them both ways: every state-changing use case records an audit entry through
     * {@code ports.audit.in}, while audit's own use cases check access through {@code ports.identity.in}. Those calls
     * are therefore left out of the module graph; every other dependency between modules — contracts referring to
     * each other's types, ports referring to out ports or use cases of another module — counts, and must form no cycle.
     */
    public static final ArchRule PORT_MODULES_ARE_FREE_OF_CYCLES = slices()
            .matching("io.chatnation.ports.(*)..")
            .should().beFreeOfCycles()
            .because("business modules form no cycles, not even through in ports; the services every module calls "
                    + "(access checks, the audit trail) sit in the shared kernel (ARCHITECTURE.md §2.6)");

    /** The kernel sits beneath every business module, so a dependency back would be a cycle waiting to happen. */
    public static final ArchRule THE_SHARED_KERNEL_DEPENDS_ON_NO_BUSINESS_MODULE = noClasses()
            .that().resideInAnyPackage("io.chatnation.domain.shared..", "io.chatnation.ports.shared..")
            .should().dependOnClassesThat(resideInAnyPackage(DOMAIN, PORTS)
                    .and(DescribedPredicate.not(resideInAnyPackage("io.chatnation.domain.shared..", "io.chatnation.ports.shared.."))))
            .because("the shared kernel may be used by all business modules (ARCHITECTURE.md §1, §2.6)");

    public static final ArchRule DOMAIN_MODULES_HOLD_OTHER_MODULES_AGGREGATES_ONLY_BY_ID = classes()
            .that().resideInAPackage(DOMAIN)
            .should(holdNoAggregateOfAnotherModule())
            .because("domain modules refer to each other's aggregates only by id (ARCHITECTURE.md §2.6)");

    // §2.7 — use cases never see JDBC or Micronaut (java.sql would slip through the java.. allow-lists above).

    public static final ArchRule THE_CORE_NEVER_SEES_JDBC_OR_MICRONAUT = noClasses()
            .that().resideInAnyPackage(DOMAIN, PORTS)
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..", "io.micronaut..", "jakarta..")
            .because("transactions cross the boundary as the UnitOfWork port (ARCHITECTURE.md §2.7)");

    private ArchitectureRules() {
    }

    /**
     * A framework annotation is any annotation from outside {@code java..} and our own code. It is caught on the
     * class, its fields, methods and constructors and their parameters — directly or as a meta-annotation, so a
     * home-made {@code @UseCase} that is itself a {@code @Singleton} is caught too.
     */
    private static ArchCondition<JavaClass> carryNoFrameworkAnnotations() {
        DescribedPredicate<JavaAnnotation<?>> frameworkAnnotation = DescribedPredicate.describe("framework annotation",
                annotation -> !isJavaOrOurs(annotation.getRawType()));
        return new ArchCondition<>("carry no framework annotations") {
            @Override
            public void check(JavaClass javaClass, ConditionEvents events) {
                List<HasAnnotations<?>> annotated = new ArrayList<>();
                annotated.add(javaClass);
                annotated.addAll(javaClass.getMembers());
                javaClass.getCodeUnits().forEach(codeUnit -> annotated.addAll(codeUnit.getParameters()));
                annotated.forEach(element -> element.getAnnotations().stream()
                        .filter(annotation -> frameworkAnnotation.test(annotation)
                                || annotation.getRawType().isMetaAnnotatedWith(frameworkAnnotation))
                        .forEach(annotation -> events.add(SimpleConditionEvent.violated(javaClass,
                                element.getDescription() + " is annotated with @" + annotation.getRawType().getName()
                                        + (frameworkAnnotation.test(annotation) ? "" : ", itself carrying a framework annotation")))));
            }
        };
    }

    private static boolean isJavaOrOurs(JavaClass type) {
        return type.getPackageName().startsWith("java.") || type.getPackageName().startsWith("io.chatnation.");
    }


    /**
     * Use-case classes are the implementations of {@code in} ports in a {@code usecase} package. Outside the apps,
     * nothing constructs them (a constructor delegating to another of its own is fine). The other classes of a
     * {@code usecase} package, its helpers, are constructed only by the apps or from within that same package.
     */
    private static ArchCondition<JavaClass> constructNoUseCase() {
        return new ArchCondition<>("construct no use-case class") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                Stream.<JavaCodeUnitAccess<?>>concat(origin.getConstructorCallsFromSelf().stream(),
                                origin.getConstructorReferencesFromSelf().stream())
                        .filter(access -> constructsAUseCase(origin, access.getTargetOwner()))
                        .forEach(access -> events.add(SimpleConditionEvent.violated(access,
                                access.getDescription() + ": use-case classes are constructed only by the apps' wiring")));
            }
        };
    }

    private static boolean constructsAUseCase(JavaClass origin, JavaClass target) {
        if (!USE_CASE_PACKAGES.matches(target.getPackageName()) || target.equals(origin)) {
            return false;
        }
        boolean implementsAnInPort = target.getAllRawInterfaces().stream()
                .anyMatch(port -> IN_PORT_PACKAGES.matches(port.getPackageName()));
        return implementsAnInPort || !origin.getPackageName().equals(target.getPackageName());
    }

    /**
     * A class in {@code ports.X} may depend on {@code ports.Y} (Y neither X nor the shared kernel) only where the
     * target sits in {@code ports.Y.in}.
     */
    private static ArchCondition<JavaClass> reachOtherBusinessModulesOnlyThroughTheirInPorts() {
        return new ArchCondition<>("reach other business modules only through their in ports") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                Optional<String> from = moduleOf(PORTS_ROOT, origin);
                for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                    JavaClass target = dependency.getTargetClass().getBaseComponentType();
                    Optional<String> to = moduleOf(PORTS_ROOT, target);
                    if (to.isEmpty() || to.equals(from) || to.get().equals(SHARED_KERNEL)) {
                        continue;
                    }
                    String inPorts = PORTS_ROOT + "." + to.get() + ".in";
                    if (!target.getPackageName().equals(inPorts) && !target.getPackageName().startsWith(inPorts + ".")) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()
                                + ", but module " + to.get() + " is reached only through " + inPorts));
                    }
                }
            }
        };
    }

    /**
     * An aggregate is a domain class, not an enum, that carries its identity in a field named {@code id} (as
     * {@code Member}, {@code ApiKey}, {@code Organization} and {@code AuditEntry} do). No field of a domain class —
     * counting generic type arguments such as {@code List<Wallet>} — may hold an aggregate of another module; it
     * holds the typed id from the shared kernel instead. Values and enums of another module are not aggregates and
     * may be held.
     */
    private static ArchCondition<JavaClass> holdNoAggregateOfAnotherModule() {
        return new ArchCondition<>("hold aggregates of other business modules only by id") {
            @Override
            public void check(JavaClass owner, ConditionEvents events) {
                Optional<String> module = moduleOf(DOMAIN_ROOT, owner);
                for (JavaField field : owner.getFields()) {
                    field.getType().getAllInvolvedRawTypes().stream()
                            .map(JavaClass::getBaseComponentType)
                            .filter(type -> {
                                Optional<String> other = moduleOf(DOMAIN_ROOT, type);
                                return other.isPresent() && !other.equals(module)
                                        && !other.get().equals(SHARED_KERNEL) && isAggregate(type);
                            })
                            .forEach(aggregate -> events.add(SimpleConditionEvent.violated(field, field.getDescription()
                                    + " holds aggregate " + aggregate.getName() + " of another module by object, not by id")));
                }
            }
        };
    }

    private static boolean isAggregate(JavaClass type) {
        return !type.isEnum() && type.tryGetField("id").isPresent();
    }

    /** The business module of a class in a layer: the package segment right after the layer's root. */
    private static Optional<String> moduleOf(String layerRoot, JavaClass javaClass) {
        String packageName = javaClass.getPackageName();
        if (!packageName.startsWith(layerRoot + ".")) {
            return Optional.empty();
        }
        String rest = packageName.substring(layerRoot.length() + 1);
        int dot = rest.indexOf('.');
        return Optional.of(dot < 0 ? rest : rest.substring(0, dot));
    }
}
