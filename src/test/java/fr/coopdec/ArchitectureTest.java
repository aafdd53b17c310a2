package fr.coopdec;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import org.springframework.security.access.prepost.PreAuthorize;

/** A module uses another module's services and entities, never its views or repositories. */
class ArchitectureTest {

    static final List<String> MODULES = List.of(
            "shared",
            "security",
            "referential",
            "atlas",
            "bourse",
            "pact3",
            "ficol",
            "jeunesse",
            "assises",
            "appels",
            "dashboard");

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("fr.coopdec");

    @Test
    void modules_do_not_reach_into_other_modules_views() {
        for (String module : MODULES) {
            ArchRule rule = noClasses()
                    .that()
                    .resideOutsideOfPackage("fr.coopdec." + module + "..")
                    .should()
                    .dependOnClassesThat()
                    .resideInAPackage("fr.coopdec." + module + ".ui..")
                    .allowEmptyShould(true);
            if (!module.equals("shared")) { // shared.ui holds the common layout parts every view uses
                rule.check(classes);
            }
        }
    }

    @Test
    void modules_are_free_of_cycles() {
        slices().matching("fr.coopdec.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void role_checks_use_the_roles_constants_not_string_literals() {
        methods()
                .should(new ArchCondition<JavaMethod>("not check roles in a @PreAuthorize expression") {
                    @Override
                    public void check(JavaMethod method, ConditionEvents events) {
                        method.tryGetAnnotationOfType(PreAuthorize.class)
                                .filter(annotation -> annotation.value().contains("Role("))
                                .ifPresent(annotation -> events.add(SimpleConditionEvent.violated(
                                        method,
                                        method.getFullName()
                                                + " checks roles in @PreAuthorize: use @RolesAllowed(Roles.X)")));
                    }
                })
                .check(classes);
    }

    @Test
    void modules_do_not_use_other_modules_repositories() {
        for (String module : MODULES) {
            noClasses()
                    .that()
                    .resideOutsideOfPackage("fr.coopdec." + module + "..")
                    .should()
                    .dependOnClassesThat(repositoryOf(module))
                    .allowEmptyShould(true)
                    .check(classes);
        }
    }

    @Test
    void services_and_entities_do_not_depend_on_views() {
        noClasses()
                .that()
                .resideOutsideOfPackage("..ui..")
                .and()
                .doNotHaveSimpleName("SecurityConfiguration")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("..ui..")
                .check(classes);
    }

    /**
     * Time comes from the injected {@link java.time.Clock} (decision 0013), so tests and the demo data
     * can fix "today": no {@code now()} without a clock, no {@code System.currentTimeMillis()}.
     * {@code System.nanoTime()} stays allowed: it measures durations, it does not tell the date.
     */
    @Test
    void time_comes_from_the_injected_clock() {
        noClasses()
                .should()
                .callMethodWhere(DescribedPredicate.describe(
                        "a no-argument now() of java.time or System.currentTimeMillis()", call -> {
                            String owner = call.getTarget().getOwner().getName();
                            String name = call.getTarget().getName();
                            boolean noArgs =
                                    call.getTarget().getRawParameterTypes().isEmpty();
                            return (owner.startsWith("java.time.") && name.equals("now") && noArgs)
                                    || (owner.equals("java.lang.System") && name.equals("currentTimeMillis"));
                        }))
                .check(classes);
    }

    /**
     * Every CSV the application writes neutralises formula-like cells (OWASP CSV injection) through
     * {@code shared.CsvCells}: no other class prints records or values with commons-csv itself.
     */
    @Test
    void csv_cells_are_written_through_csv_cells_only() {
        DescribedPredicate<com.tngtech.archunit.core.domain.JavaMethodCall> printing = DescribedPredicate.describe(
                "a commons-csv CSVPrinter print, printRecord or printRecords",
                call -> call.getTarget().getOwner().getName().equals("org.apache.commons.csv.CSVPrinter")
                        && List.of("print", "printRecord", "printRecords")
                                .contains(call.getTarget().getName()));
        noClasses()
                .that()
                .doNotHaveFullyQualifiedName("fr.coopdec.shared.CsvCells")
                .should()
                .callMethodWhere(printing)
                .check(classes);
        // the rule sees such calls: CsvCells itself makes them
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> noClasses().should().callMethodWhere(printing).check(classes))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("fr.coopdec.shared.CsvCells");
    }

    private static DescribedPredicate<JavaClass> repositoryOf(String module) {
        return DescribedPredicate.describe(
                "repositories of " + module,
                javaClass -> javaClass.getPackageName().startsWith("fr.coopdec." + module)
                        && javaClass.isAssignableTo(Repository.class));
    }
}
