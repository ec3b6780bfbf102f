package uz.muhokama.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uz.muhokama.platform.Internal;

/** The package-by-feature cut, enforced: one-way arrows between features, a platform that knows none. */
class ArchitectureTest {

    private static final String ROOT = "uz.muhokama";
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(ROOT);
    }

    @Test
    void featuresDoNotDependOnEachOtherInACycle() {
        slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void thePlatformDependsOnNoFeature() {
        noClasses().that().resideInAPackage(ROOT + ".platform..")
                .should().dependOnClassesThat().resideOutsideOfPackages(ROOT + ".platform..", "java..", "jakarta..",
                        "org.eclipse.microprofile..", "org.thymeleaf..", "org.flywaydb..", "org.apache.poi..", "javax..")
                .check(classes);
    }

    @Test
    void noFeatureReachesIntoAnotherFeaturesRepositories() {
        classes().that().resideInAPackage(ROOT + "..")
                .should(new ArchCondition<JavaClass>("use only their own feature's repositories") {
                    @Override
                    public void check(JavaClass origin, ConditionEvents events) {
                        for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                            JavaClass target = dependency.getTargetClass();
                            if (target.getSimpleName().endsWith("Repository")
                                    && target.getPackageName().startsWith(ROOT)
                                    && !feature(target).equals(feature(origin))) {
                                events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                            }
                        }
                    }
                })
                .check(classes);
    }

    @Test
    void performanceInternalsAreUsedOnlyInsideTheirOwnPackage() {
        classes().that().areAnnotatedWith(Internal.class).should().notBePublic().check(classes);
        classes().that().resideInAPackage(ROOT + "..")
                .should(new ArchCondition<JavaClass>("use another package's @Internal classes only from inside it") {
                    @Override
                    public void check(JavaClass origin, ConditionEvents events) {
                        for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                            JavaClass target = dependency.getTargetClass();
                            if (target.isAnnotatedWith(Internal.class) && !target.getPackageName().equals(origin.getPackageName())) {
                                events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                            }
                        }
                    }
                })
                .check(classes);
    }

    private static String feature(JavaClass type) {
        String rest = type.getPackageName().substring(ROOT.length() + 1);
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
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
