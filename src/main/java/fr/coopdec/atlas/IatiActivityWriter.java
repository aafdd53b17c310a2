package fr.coopdec.atlas;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes one project as an IATI 2.03 {@code iati-activity}, elements in the schema's order, so that the
 * file passes the schema and the Standard Ruleset (see README, "Open data and IATI").
 * <ul>
 * <li>Identifiers: the partnership's stored reporting organisation and identifier
 * ({@link Partenariat#getIatiOrgRef()}, see {@link IatiIdentifiers}); the activity is
 * {@code <org ref>-COOPDEC-<project id>}. Neither changes when authorities join or are renamed.</li>
 * <li>Roles: co-financers are funding (1), the reporting French authority accountable (2), the foreign
 * authorities implementing (4). The partner authorities' share is funding by "the partner
 * authorities", never by the reporting authority itself.</li>
 * <li>Co-financings are transaction type 11 (incoming commitment), dated at the project's start or,
 * when that is still to come, at the record's last update: a transaction is never in the future.</li>
 * <li>Dates: "actual" only for what has happened (start on or before today and the project under way;
 * end on or before today and the project finalised or closed), "planned" otherwise. A project without
 * dates is dated by its partnership's start year (1 January).</li>
 * <li>Budgets: one per calendar year ({@link IatiBudgets}); the recommended defaults are written
 * (bilateral, grant, project-type intervention, untied; ODA flow when the country is an ODA recipient).</li>
 * </ul>
 */
final class IatiActivityWriter {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ISO_OFFSET_DATE_TIME;
    private static final Map<SourceFinancement, String> ORGANISATION_TYPES = Map.of(
            SourceFinancement.DAECT,
            "10",
            SourceFinancement.AFD_FICOL,
            "10",
            SourceFinancement.UNION_EUROPEENNE,
            "40",
            SourceFinancement.COLLECTIVITES,
            "11");
    /** OrganisationIdentifier codelist: FR-6 Ministry of Foreign Affairs (DAECT), FR-3 AFD. */
    private static final Map<SourceFinancement, String> ORGANISATION_REFS =
            Map.of(SourceFinancement.DAECT, "FR-6", SourceFinancement.AFD_FICOL, "FR-3");

    private final XMLStreamWriter xml;
    private final Map<String, Set<String>> sectorsByTheme;
    private final Set<String> odaRecipients;
    private final LocalDate today;

    IatiActivityWriter(
            XMLStreamWriter xml, Map<String, Set<String>> sectorsByTheme, Set<String> odaRecipients, LocalDate today) {
        this.xml = xml;
        this.sectorsByTheme = sectorsByTheme;
        this.odaRecipients = odaRecipients;
        this.today = today;
    }

    void write(PartenariatResume p, CollectiviteDeclarante declarante, ProjetExport projet) throws XMLStreamException {
        String orgRef = declarante.orgRef();
        openActivity(
                orgRef,
                String.valueOf(projet.id()),
                declarante,
                p.derniereMiseAJour(),
                projet.titre(),
                projet.description());
        participatingOrgs(p, declarante, orgRef, projet);
        empty("activity-status", "code", String.valueOf(projet.statut().iatiCode()));
        dates(p, projet);
        empty("recipient-country", "code", p.paysCode());
        sectors(projet.thematiqueCodes().isEmpty() ? p.thematiqueCodes() : projet.thematiqueCodes());
        defaults(p.paysCode());
        budget(projet);
        transactions(projet, p);
        xml.writeEndElement();
    }

    /** An activity another module funds (see {@link IatiFundingSource}), with its commitments and disbursements. */
    void writeFunded(PartenariatResume p, CollectiviteDeclarante declarante, IatiFundingSource.FundedActivity funded)
            throws XMLStreamException {
        openActivity(declarante.orgRef(), funded.key(), declarante, null, funded.titre(), funded.description());
        org(1, funded.funderRef(), funded.funderType(), funded.funderName());
        org(2, declarante.refOf(funded.accountableId(), funded.accountableRef()), "11", funded.accountableName());
        for (String partenaire : p.collectivitesPartenaires()) {
            org(4, null, "11", partenaire);
        }
        empty("activity-status", "code", String.valueOf(funded.iatiStatus()));
        startDate(funded.debut(), true);
        if (funded.fin() != null) {
            endDate(funded.fin(), funded.iatiStatus() >= 3);
        }
        empty("recipient-country", "code", p.paysCode());
        sectors(funded.thematiqueCodes().isEmpty() ? p.thematiqueCodes() : List.copyOf(funded.thematiqueCodes()));
        defaults(p.paysCode());
        for (IatiFundingSource.Transaction t : funded.transactions()) {
            transaction(t.type(), t.date(), t.amount(), funded.funderRef(), funded.funderType(), funded.funderName());
        }
        xml.writeEndElement();
    }

    /**
     * Opens an activity and writes what every activity starts with: identifier, reporting
     * organisation (the French authority), title and description (the title when there is none).
     */
    private void openActivity(
            String orgRef,
            String key,
            CollectiviteDeclarante declarante,
            Instant lastUpdated,
            String titre,
            String description)
            throws XMLStreamException {
        xml.writeStartElement("iati-activity");
        xml.writeAttribute("xml", XMLConstants.XML_NS_URI, "lang", "fr");
        xml.writeAttribute("default-currency", "EUR");
        if (lastUpdated != null) {
            xml.writeAttribute(
                    "last-updated-datetime",
                    DATE_TIME.format(lastUpdated.atOffset(ZoneOffset.UTC).withNano(0)));
        }
        text("iati-identifier", IatiIdentifiers.activity(orgRef, key));
        xml.writeStartElement("reporting-org");
        xml.writeAttribute("ref", orgRef);
        xml.writeAttribute("type", "11");
        narrative(declarante.nom());
        xml.writeEndElement();
        xml.writeStartElement("title");
        narrative(titre);
        xml.writeEndElement();
        xml.writeStartElement("description");
        xml.writeAttribute("type", "1");
        narrative(description == null || description.isBlank() ? titre : description);
        xml.writeEndElement();
    }

    private void participatingOrgs(
            PartenariatResume p, CollectiviteDeclarante declarante, String orgRef, ProjetExport projet)
            throws XMLStreamException {
        for (var entry : projet.cofinancements().entrySet()) {
            org(
                    1,
                    ORGANISATION_REFS.get(entry.getKey()),
                    ORGANISATION_TYPES.get(entry.getKey()),
                    label(entry.getKey()));
        }
        org(2, orgRef, "11", declarante.nom());
        for (String partenaire : p.collectivitesPartenaires()) {
            org(4, null, "11", partenaire);
        }
    }

    private static String label(SourceFinancement source) {
        return CsvExportService.label("atlas.financement." + source.name());
    }

    private void org(int role, String ref, String type, String name) throws XMLStreamException {
        xml.writeStartElement("participating-org");
        if (ref != null) {
            xml.writeAttribute("ref", ref);
        }
        if (type != null) {
            xml.writeAttribute("type", type);
        }
        xml.writeAttribute("role", String.valueOf(role));
        narrative(name);
        xml.writeEndElement();
    }

    private void dates(PartenariatResume p, ProjetExport projet) throws XMLStreamException {
        LocalDate debut = projet.dateDebut() != null ? projet.dateDebut() : LocalDate.of(p.anneeDebut(), 1, 1);
        startDate(debut, projet.statut() != StatutProjet.IDENTIFICATION);
        if (projet.dateFin() != null) {
            endDate(
                    projet.dateFin(),
                    projet.statut() == StatutProjet.ACHEVEMENT || projet.statut() == StatutProjet.CLOTURE);
        }
    }

    /** Actual start (2) when it has happened and the activity started, else planned (1). */
    private void startDate(LocalDate debut, boolean started) throws XMLStreamException {
        dateElement(started && !debut.isAfter(today) ? "2" : "1", debut);
    }

    /** Actual end (4) when it has happened and the activity is over, else planned (3). */
    private void endDate(LocalDate fin, boolean over) throws XMLStreamException {
        dateElement(over && !fin.isAfter(today) ? "4" : "3", fin);
    }

    /**
     * The recommended defaults: bilateral cooperation (1), ODA (10) when the country is on the DAC list
     * of ODA recipients, else other flows (50; a twinning in Germany is not aid), standard grant (110),
     * project-type intervention (C01), untied (5).
     */
    private void defaults(String paysCode) throws XMLStreamException {
        empty("collaboration-type", "code", "1");
        empty("default-flow-type", "code", odaRecipients.contains(paysCode) ? "10" : "50");
        empty("default-finance-type", "code", "110");
        xml.writeEmptyElement("default-aid-type");
        xml.writeAttribute("code", "C01");
        xml.writeAttribute("vocabulary", "1");
        empty("default-tied-status", "code", "5");
    }

    private void dateElement(String type, LocalDate date) throws XMLStreamException {
        xml.writeEmptyElement("activity-date");
        xml.writeAttribute("type", type);
        xml.writeAttribute("iso-date", date.toString());
    }

    /** DAC 5-digit codes of the themes, vocabulary 1, equal shares adding up to exactly 100; 99810 when there is none. */
    private void sectors(List<String> themes) throws XMLStreamException {
        Set<String> codes = new TreeSet<>();
        themes.forEach(t -> codes.addAll(sectorsByTheme.getOrDefault(t, Set.of())));
        if (codes.isEmpty()) {
            codes.add("99810"); // "Sectors not specified": IATI requires a sector (rule 6.2.2), we know of none
        }
        List<BigDecimal> shares = percentages(codes.size());
        int i = 0;
        for (String code : codes) {
            xml.writeEmptyElement("sector");
            xml.writeAttribute("vocabulary", "1");
            xml.writeAttribute("code", code);
            xml.writeAttribute("percentage", shares.get(i++).toPlainString());
        }
    }

    static List<BigDecimal> percentages(int n) {
        if (n == 0) {
            return List.of();
        }
        BigDecimal share = BigDecimal.valueOf(100).divide(BigDecimal.valueOf(n), 2, RoundingMode.DOWN);
        BigDecimal last = BigDecimal.valueOf(100).subtract(share.multiply(BigDecimal.valueOf(n - 1L)));
        List<BigDecimal> shares = new ArrayList<>(Collections.nCopies(n - 1, share));
        shares.add(last);
        return shares;
    }

    private void budget(ProjetExport projet) throws XMLStreamException {
        if (projet.budgetTotal() == null || projet.dateDebut() == null || projet.dateFin() == null) {
            return;
        }
        for (IatiBudgets.Period period :
                IatiBudgets.yearly(projet.dateDebut(), projet.dateFin(), projet.budgetTotal())) {
            xml.writeStartElement("budget");
            xml.writeAttribute("type", "1");
            xml.writeAttribute("status", "1");
            empty("period-start", "iso-date", period.start().toString());
            empty("period-end", "iso-date", period.end().toString());
            value(period.amount(), period.start());
            xml.writeEndElement();
        }
    }

    /** Each co-financing as an incoming commitment, dated at the start, or at the last update if the start is to come. */
    private void transactions(ProjetExport projet, PartenariatResume p) throws XMLStreamException {
        LocalDate start = projet.dateDebut() != null ? projet.dateDebut() : LocalDate.of(p.anneeDebut(), 1, 1);
        LocalDate recorded = p.derniereMiseAJour() == null
                ? today
                : p.derniereMiseAJour().atZone(ZoneOffset.UTC).toLocalDate();
        LocalDate when = Collections.min(List.of(start, recorded, today));
        for (var entry : projet.cofinancements().entrySet()) {
            transaction(
                    "11",
                    when,
                    entry.getValue(),
                    ORGANISATION_REFS.get(entry.getKey()),
                    ORGANISATION_TYPES.get(entry.getKey()),
                    label(entry.getKey()));
        }
    }

    private void transaction(
            String type,
            LocalDate date,
            BigDecimal amount,
            String providerRef,
            String providerType,
            String providerName)
            throws XMLStreamException {
        xml.writeStartElement("transaction");
        empty("transaction-type", "code", type);
        empty("transaction-date", "iso-date", date.toString());
        value(amount, date);
        xml.writeStartElement("provider-org");
        if (providerRef != null) {
            xml.writeAttribute("ref", providerRef);
        }
        if (providerType != null) {
            xml.writeAttribute("type", providerType);
        }
        narrative(providerName);
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private void value(BigDecimal amount, LocalDate valueDate) throws XMLStreamException {
        xml.writeStartElement("value");
        xml.writeAttribute("currency", "EUR");
        xml.writeAttribute("value-date", valueDate.toString());
        xml.writeCharacters(amount.setScale(2, RoundingMode.HALF_UP).toPlainString());
        xml.writeEndElement();
    }

    private void narrative(String text) throws XMLStreamException {
        xml.writeStartElement("narrative");
        xml.writeAttribute("xml", XMLConstants.XML_NS_URI, "lang", "fr");
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private void text(String element, String text) throws XMLStreamException {
        xml.writeStartElement(element);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private void empty(String element, String attribute, String value) throws XMLStreamException {
        xml.writeEmptyElement(element);
        xml.writeAttribute(attribute, value);
    }
}
