package fr.coopdec.atlas.iati;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The rules engine itself: it finds what the IATI validator finds, and passes a correct activity. */
class IatiRulesetTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 4);

    private static String activity(String orgRef, String budgetEnd, String transactionDate, String endType) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <iati-activities version="2.03" generated-datetime="2026-12-04T10:00:00Z">
                 <iati-activity xml:lang="fr" default-currency="EUR" last-updated-datetime="2026-11-01T10:00:00Z">
                  <iati-identifier>%1$s-COOPDEC-1</iati-identifier>
                  <reporting-org ref="%1$s" type="11"><narrative>Lyon</narrative></reporting-org>
                  <title><narrative>Appui à l'eau potable</narrative></title>
                  <description type="1"><narrative>Forages</narrative></description>
                  <participating-org ref="%1$s" type="11" role="2"><narrative>Lyon</narrative></participating-org>
                  <activity-status code="2"/>
                  <activity-date type="2" iso-date="2025-03-01"/>
                  <activity-date type="%4$s" iso-date="2027-06-30"/>
                  <recipient-country code="BJ"/>
                  <sector vocabulary="1" code="14030"/>
                  <budget type="1" status="1">
                   <period-start iso-date="2025-03-01"/><period-end iso-date="%2$s"/>
                   <value currency="EUR" value-date="2025-03-01">1000.00</value>
                  </budget>
                  <transaction>
                   <transaction-type code="11"/><transaction-date iso-date="%3$s"/>
                   <value currency="EUR" value-date="%3$s">500.00</value>
                   <provider-org type="10"><narrative>DAECT</narrative></provider-org>
                  </transaction>
                 </iati-activity>
                </iati-activities>
                """
                .formatted(orgRef, budgetEnd, transactionDate, endType);
    }

    private static IatiValidator.Report check(String xml) throws Exception {
        return new IatiValidator(TODAY).validate(xml.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void a_correct_activity_has_no_error_and_no_warning() throws Exception {
        IatiValidator.Report report = check(activity("FR-RCS-216901231", "2025-12-31", "2025-03-01", "3"));
        assertThat(report.schemaErrors()).isEmpty();
        assertThat(report.violations()).isEmpty();
    }

    @Test
    void finds_budgets_longer_than_a_year_future_transactions_future_actual_ends_and_unknown_prefixes()
            throws Exception {
        IatiValidator.Report report = check(activity("FR-COG-69123", "2027-06-30", "2027-01-01", "4"));
        assertThat(report.schemaErrors()).isEmpty();
        assertThat(report.errors())
                .extracting(IatiRuleset.Violation::ruleId)
                .contains("7.5.3", "11.2.1", "11.2.2", "11.1.5");
        assertThat(report.warnings()).extracting(IatiRuleset.Violation::ruleId).contains("1.14.8");
    }

    @Test
    void a_withdrawn_code_is_refused_by_the_codelist_check() throws Exception {
        // FR-INSEE was withdrawn from OrganisationRegistrationAgency in favour of FR-RCS
        IatiValidator.Report report = check(activity("FR-INSEE-216901231", "2025-12-31", "2025-03-01", "3"));
        assertThat(report.warnings()).extracting(IatiRuleset.Violation::ruleId).contains("1.14.8");
        IatiValidator.Report badCountry = check(
                activity("FR-RCS-216901231", "2025-12-31", "2025-03-01", "3").replace("code=\"BJ\"", "code=\"XX\""));
        assertThat(badCountry.errors())
                .extracting(IatiRuleset.Violation::message)
                .anyMatch(m -> m.contains("Country"));
    }
}
