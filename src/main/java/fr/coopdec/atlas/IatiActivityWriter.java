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
 * Writes one project as an IATI 2.03 {@code iati-activity}, elements in the schema's order.
 * <ul>
 * <li>Organisation identifiers: French local authorities have no registered IATI prefix, so we use
 * {@code FR-COG-<code>} for a commune, {@code FR-COG-DEP-<code>}/{@code FR-COG-REG-<code>} for a
 * département/région (their COG codes overlap) and {@code FR-SIREN-<siren>} for an EPCI; type 11
 * (local government). The activity identifier is {@code <reporting-org ref>-COOPDEC-<project id>}.</li>
 * <li>Roles: co-financers are funding (1), the French authority accountable (2) and funding when it
 * pays a share, the foreign authorities implementing (4).</li>
 * <li>Co-financings are transaction type 11 (incoming commitment): the Atlas records amounts pledged
 * to the project, not money known to have arrived (type 1, incoming funds), dated at the project's start.</li>
 * <li>Dates: start is "actual" (2) unless the project is still being identified (1, planned); end is
 * "actual" (4) once the project is finalised or closed, else planned (3). A project without dates is
 * dated by its partnership's start year (1 January), since the schema requires an activity date.</li>
 * </ul>
 */
final class IatiActivityWriter {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ISO_OFFSET_DATE_TIME;
    private static final Map<SourceFinancement, String> ORGANISATION_TYPES = Map.of(
            SourceFinancement.DAECT, "10", SourceFinancement.AFD_FICOL, "15",
            SourceFinancement.UNION_EUROPEENNE, "40", SourceFinancement.COLLECTIVITES, "11");

    private final XMLStreamWriter xml;
    private final Map<String, Set<String>> sectorsByTheme;

    IatiActivityWriter(XMLStreamWriter xml, Map<String, Set<String>> sectorsByTheme) {
        this.xml = xml;
        this.sectorsByTheme = sectorsByTheme;
    }

    void write(PartenariatResume p, CollectiviteDeclarante declarante, ProjetExport projet) throws XMLStreamException {
        String orgRef = organisationRef(declarante);
        openActivity(orgRef, String.valueOf(projet.id()), declarante, p.derniereMiseAJour(), projet.titre(),
                projet.description());
        participatingOrgs(p, declarante, orgRef, projet);
        empty("activity-status", "code", String.valueOf(projet.statut().iatiCode()));
        dates(p, projet);
        empty("recipient-country", "code", p.paysCode());
        sectors(projet.thematiqueCodes().isEmpty() ? p.thematiqueCodes() : projet.thematiqueCodes());
        budget(projet);
        transactions(projet, p.anneeDebut(), declarante, orgRef);
        xml.writeEndElement();
    }

    /** An activity another module funds (see {@link IatiFundingSource}), with its commitments and disbursements. */
    void writeFunded(PartenariatResume p, CollectiviteDeclarante declarante, IatiFundingSource.FundedActivity funded)
            throws XMLStreamException {
        String orgRef = organisationRef(declarante);
        openActivity(orgRef, funded.key(), declarante, null, funded.titre(), funded.description());
        org(1, null, funded.funderType(), funded.funderName());
        org(2, orgRef, "11", declarante.nom());
        for (String partenaire : p.collectivitesPartenaires()) {
            org(4, null, "11", partenaire);
        }
        empty("activity-status", "code", String.valueOf(funded.iatiStatus()));
        dateElement("2", funded.debut());
        if (funded.fin() != null) {
            dateElement(funded.iatiStatus() >= 3 ? "4" : "3", funded.fin());
        }
        empty("recipient-country", "code", p.paysCode());
        sectors(funded.thematiqueCodes().isEmpty() ? p.thematiqueCodes() : List.copyOf(funded.thematiqueCodes()));
        for (IatiFundingSource.Transaction t : funded.transactions()) {
            xml.writeStartElement("transaction");
            empty("transaction-type", "code", t.type());
            empty("transaction-date", "iso-date", t.date().toString());
            value(t.amount(), t.date());
            xml.writeStartElement("provider-org");
            xml.writeAttribute("type", funded.funderType());
            narrative(funded.funderName());
            xml.writeEndElement();
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    /**
     * Opens an activity and writes what every activity starts with: identifier, reporting
     * organisation (the French authority), title and description (the title when there is none).
     */
    private void openActivity(String orgRef, String key, CollectiviteDeclarante declarante, Instant lastUpdated,
                              String titre, String description) throws XMLStreamException {
        xml.writeStartElement("iati-activity");
        xml.writeAttribute("xml", XMLConstants.XML_NS_URI, "lang", "fr");
        xml.writeAttribute("default-currency", "EUR");
        if (lastUpdated != null) {
            xml.writeAttribute("last-updated-datetime", DATE_TIME.format(lastUpdated.atOffset(ZoneOffset.UTC).withNano(0)));
        }
        text("iati-identifier", orgRef + "-COOPDEC-" + key);
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

    static String organisationRef(CollectiviteDeclarante c) {
        return switch (c.type()) {
            case COMMUNE -> "FR-COG-" + c.code();
            case DEPARTEMENT -> "FR-COG-DEP-" + c.code();
            case REGION -> "FR-COG-REG-" + c.code();
            case EPCI, SYNDICAT, ASSOCIATION, ETABLISSEMENT_PUBLIC -> "FR-SIREN-" + (c.siren() == null ? c.code() : c.siren());
        };
    }

    private void participatingOrgs(PartenariatResume p, CollectiviteDeclarante declarante, String orgRef,
                                   ProjetExport projet) throws XMLStreamException {
        for (var entry : projet.cofinancements().entrySet()) {
            if (entry.getKey() != SourceFinancement.COLLECTIVITES) {
                org(1, null, ORGANISATION_TYPES.get(entry.getKey()), CsvExportService.label("atlas.financement." + entry.getKey().name()));
            }
        }
        if (projet.cofinancements().containsKey(SourceFinancement.COLLECTIVITES)) {
            org(1, orgRef, "11", declarante.nom());
        }
        org(2, orgRef, "11", declarante.nom());
        for (String partenaire : p.collectivitesPartenaires()) {
            org(4, null, "11", partenaire);
        }
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
        boolean prevu = projet.statut() == StatutProjet.IDENTIFICATION;
        dateElement(prevu ? "1" : "2", debut);
        if (projet.dateFin() != null) {
            boolean fini = projet.statut() == StatutProjet.ACHEVEMENT || projet.statut() == StatutProjet.CLOTURE;
            dateElement(fini ? "4" : "3", projet.dateFin());
        }
    }

    private void dateElement(String type, LocalDate date) throws XMLStreamException {
        xml.writeEmptyElement("activity-date");
        xml.writeAttribute("type", type);
        xml.writeAttribute("iso-date", date.toString());
    }

    /** DAC 5-digit codes of the themes, vocabulary 1, equal shares adding up to exactly 100. */
    private void sectors(List<String> themes) throws XMLStreamException {
        Set<String> codes = new TreeSet<>();
        themes.forEach(t -> codes.addAll(sectorsByTheme.getOrDefault(t, Set.of())));
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
        xml.writeStartElement("budget");
        xml.writeAttribute("type", "1");
        xml.writeAttribute("status", "1");
        empty("period-start", "iso-date", projet.dateDebut().toString());
        empty("period-end", "iso-date", projet.dateFin().toString());
        value(projet.budgetTotal(), projet.dateDebut());
        xml.writeEndElement();
    }

    private void transactions(ProjetExport projet, int anneeDebut, CollectiviteDeclarante declarante, String orgRef) throws XMLStreamException {
        LocalDate when = projet.dateDebut() != null ? projet.dateDebut() : LocalDate.of(anneeDebut, 1, 1);
        for (var entry : projet.cofinancements().entrySet()) {
            xml.writeStartElement("transaction");
            empty("transaction-type", "code", "11");
            empty("transaction-date", "iso-date", when.toString());
            value(entry.getValue(), when);
            xml.writeStartElement("provider-org");
            boolean collectivites = entry.getKey() == SourceFinancement.COLLECTIVITES;
            if (collectivites) {
                xml.writeAttribute("ref", orgRef);
            }
            String type = ORGANISATION_TYPES.get(entry.getKey());
            if (type != null) {
                xml.writeAttribute("type", type);
            }
            narrative(collectivites ? declarante.nom() : CsvExportService.label("atlas.financement." + entry.getKey().name()));
            xml.writeEndElement();
            xml.writeEndElement();
        }
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
