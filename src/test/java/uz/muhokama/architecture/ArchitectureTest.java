package uz.muhokama.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.persistence.Entity;
import jakarta.ws.rs.GET;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiPredicate;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uz.muhokama.platform.Internal;
import uz.muhokama.platform.web.Conditional;

/** The package-by-feature cut, enforced: one-way arrows between features, a platform that knows none. */
class ArchitectureTest {

    private static final String ROOT = "uz.muhokama";
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(ROOT);
    }

    @Test
    void featuresDoNotDependOnEachOtherInACycle() {
        slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void thePlatformDependsOnNoFeature() {
        noClasses()
                .that()
                .resideInAPackage(ROOT + ".platform..")
                .should()
                .dependOnClassesThat()
                .resideOutsideOfPackages(
                        ROOT + ".platform..",
                        "java..",
                        "jakarta..",
                        "org.eclipse.microprofile..",
                        "org.thymeleaf..",
                        "org.flywaydb..",
                        "org.apache.poi..",
                        "javax..",
                        "com.github.benmanes.caffeine..")
                .check(classes);
    }

    @Test
    void everyCacheIsBuiltByThePlatformsCacheFacility() {
        // One way to bound, expire and renew: features declare a CachePolicy instead of keeping maps of their own.
        noClasses()
                .that()
                .resideOutsideOfPackage(ROOT + ".platform.cache..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("com.github.benmanes.caffeine..")
                .because("caches are built with platform.cache.Caches, which states how stale each may be")
                .check(classes);
    }

    @Test
    void noFeatureReachesIntoAnotherFeaturesRepositories() {
        classes()
                .that()
                .resideInAPackage(ROOT + "..")
                .should(dependOnNothing(
                        "use only their own feature's repositories",
                        (origin, target) -> target.getSimpleName().endsWith("Repository")
                                && target.getPackageName().startsWith(ROOT)
                                && !feature(target).equals(feature(origin))))
                .check(classes);
    }

    @Test
    void noFeatureUsesAnotherFeaturesEntities() {
        // Features hand each other views, values (DraftNumber) and events; an entity stays in its owner's transactions.
        classes()
                .that()
                .resideInAPackage(ROOT + "..")
                .should(dependOnNothing(
                        "use only their own feature's entities",
                        (origin, target) -> target.isAnnotatedWith(Entity.class)
                                && !feature(target).equals(feature(origin))))
                .check(classes);
    }

    @Test
    void resourcesAndPagesReachTheDatabaseOnlyThroughServices() {
        classes()
                .that()
                .haveSimpleNameEndingWith("Resource")
                .or()
                .haveSimpleNameEndingWith("Pages")
                .should(dependOnNothing(
                        "use no repository (services check roles and hold the transactions)",
                        (origin, target) -> target.getSimpleName().endsWith("Repository")
                                && target.getPackageName().startsWith(ROOT)))
                .check(classes);
    }

    @Test
    void theReportKnowsNothingOfTheDecisionsOnIt() {
        // decision reads the written report through report.WrittenReports; the arrow never turns.
        noClasses()
                .that()
                .resideInAPackage(ROOT + ".report..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage(ROOT + ".decision..")
                .check(classes);
    }

    @Test
    void performanceInternalsAreUsedOnlyInsideTheirOwnPackage() {
        classes().that().areAnnotatedWith(Internal.class).should().notBePublic().check(classes);
        classes()
                .that()
                .resideInAPackage(ROOT + "..")
                .should(dependOnNothing(
                        "use another package's @Internal classes only from inside it",
                        (origin, target) -> target.isAnnotatedWith(Internal.class)
                                && !target.getPackageName().equals(origin.getPackageName())))
                .check(classes);
    }

    @Test
    void demoDataIsUsedByNothingElse() {
        // The demo may go (or stay off) without anything noticing: it writes through the features' public
        // services, and nothing reads it.
        noClasses()
                .that()
                .resideOutsideOfPackage(ROOT + ".demo..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage(ROOT + ".demo..")
                .check(classes);
        noClasses()
                .that()
                .resideInAPackage(ROOT + ".demo..")
                .should()
                .dependOnClassesThat(areEntitiesOrRepositories())
                .because("demo data is written as the old portal's would be, through the features' public services")
                .check(classes);
    }

    @Test
    void productionCodeNeverReachesTheTestHooks() {
        // The test hooks (settable clock, /api/v1/test/...) are compiled from src/test/java into the test WAR only.
        noClasses()
                .that()
                .resideInAPackage(ROOT + "..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage(ROOT + ".testkit..")
                .check(classes);
        classes()
                .that()
                .resideInAPackage(ROOT + "..")
                .and()
                .areAnnotatedWith(jakarta.ws.rs.Path.class)
                .should(new ArchCondition<>("not serve /api/v1/test/") {
                    @Override
                    public void check(JavaClass resource, ConditionEvents events) {
                        String path = resource.getAnnotationOfType(jakarta.ws.rs.Path.class)
                                .value();
                        if (path.replaceFirst("^/", "").startsWith("api/v1/test")) {
                            events.add(SimpleConditionEvent.violated(resource, resource.getName() + " serves " + path));
                        }
                    }
                })
                .check(classes);
    }

    @Test
    void theTestHooksUseOnlyWhatTheWarCarries() {
        // They are packed into the test WAR beside the portal's classes; a test library there would not load.
        JavaClasses testkit = new ClassFileImporter().importPackages(ROOT + ".testkit");
        assertFalse(testkit.isEmpty());
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.junit..", "org.jboss..", "com.tngtech..", "org.openqa..", "com.icegreen..", ROOT + ".it..")
                .check(testkit);
    }

    private static DescribedPredicate<JavaClass> areEntitiesOrRepositories() {
        return new DescribedPredicate<>("are entities or repositories") {
            @Override
            public boolean test(JavaClass type) {
                return type.isAnnotatedWith(Entity.class)
                        || type.getPackageName().startsWith(ROOT)
                                && type.getSimpleName().endsWith("Repository");
            }
        };
    }

    /** A condition violated by every direct dependency from a class to a target that {@code forbidden} matches. */
    private static ArchCondition<JavaClass> dependOnNothing(
            String description, BiPredicate<JavaClass, JavaClass> forbidden) {
        return new ArchCondition<>(description) {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                    if (forbidden.test(origin, dependency.getTargetClass())) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                }
            }
        };
    }

    private static String feature(JavaClass type) {
        String rest = type.getPackageName().substring(ROOT.length() + 1);
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

    @Test
    void conditionalReadsAreGetsAndTheDocumentSaysSo() throws Exception {
        // ApiDocumentFilter knows a conditional operation only by its declared 304 (it sees the document, not the
        // code).
        List<String> wrong = new ArrayList<>();
        for (JavaClass type : classes) {
            Class<?> resource = Class.forName(type.getName(), false, getClass().getClassLoader());
            for (Method method : resource.getDeclaredMethods()) {
                boolean conditional = method.isAnnotationPresent(Conditional.class)
                        || resource.isAnnotationPresent(Conditional.class) && method.isAnnotationPresent(GET.class);
                boolean declares304 = Arrays.stream(method.getAnnotationsByType(APIResponse.class))
                        .anyMatch(r -> r.responseCode().equals("304"));
                if (conditional != declares304 || conditional && !method.isAnnotationPresent(GET.class)) {
                    wrong.add(resource.getSimpleName() + "." + method.getName());
                }
            }
        }
        assertEquals(
                List.of(),
                wrong,
                "@Conditional GETs, each declaring @APIResponse(responseCode = \"304\"), and only they");
    }

    @Test
    void everyFeaturePackageSaysWhatItIs() throws Exception {
        try (Stream<Path> packages = Files.list(Path.of("src/main/java/uz/muhokama"))) {
            for (Path feature : packages.filter(Files::isDirectory).toList()) {
                assertTrue(Files.exists(feature.resolve("package-info.java")), feature + " needs a package-info.java");
            }
        }
    }
}
