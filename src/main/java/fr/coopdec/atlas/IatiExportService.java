package fr.coopdec.atlas;

import fr.coopdec.referential.Pays;
import fr.coopdec.referential.ReferentialQueries;
import fr.coopdec.referential.Thematique;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.springframework.stereotype.Service;

/**
 * The projects of a search as IATI 2.03 activities, streamed with StAX a batch of partnerships at a
 * time. The schema wants at least one {@code iati-activity} in {@code iati-activities}, so an empty
 * result has no valid document: callers check {@link #countActivites} first.
 */
@Service
public class IatiExportService {

    static final String VERSION = "2.03";

    private final AtlasQueries queries;
    private final AtlasExportQueries exportQueries;
    private final ReferentialQueries referential;
    private final Clock clock;
    private final FinancementsExternes financements;

    IatiExportService(
            AtlasQueries queries,
            AtlasExportQueries exportQueries,
            ReferentialQueries referential,
            Clock clock,
            FinancementsExternes financements) {
        this.financements = financements;
        this.queries = queries;
        this.exportQueries = exportQueries;
        this.referential = referential;
        this.clock = clock;
    }

    /**
     * Whether the export has any activity: the number of projects of the matching partnerships or, when
     * they have none, of the activities other modules fund for them (a partnership with only a FICOL grant).
     */
    public long countActivites(PartenariatFilter filter) {
        long projets = exportQueries.countProjets(filter);
        if (projets > 0) {
            return projets;
        }
        long[] funded = {0};
        exportQueries.forEachBatch(
                filter,
                AtlasExportQueries.BATCH_SIZE,
                ids -> funded[0] += financements.of(ids).values().stream()
                        .mapToLong(List::size)
                        .sum());
        return funded[0];
    }

    public void write(PartenariatFilter filter, OutputStream out) {
        Map<String, Set<String>> sectors = referential.allThematiques().stream()
                .collect(Collectors.toMap(Thematique::getCode, Thematique::getCodesCad));
        try {
            XMLStreamWriter xml = XMLOutputFactory.newInstance().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("iati-activities");
            xml.writeAttribute("version", VERSION);
            xml.writeAttribute(
                    "generated-datetime",
                    OffsetDateTime.now(clock)
                            .withOffsetSameInstant(ZoneOffset.UTC)
                            .withNano(0)
                            .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
            Set<String> odaRecipients = referential.allPays().stream()
                    .filter(p -> p.getCategorieCad().isOdaRecipient())
                    .map(Pays::getCodeAlpha2)
                    .collect(Collectors.toSet());
            IatiActivityWriter activity = new IatiActivityWriter(xml, sectors, odaRecipients, LocalDate.now(clock));
            exportQueries.forEachBatch(filter, AtlasExportQueries.BATCH_SIZE, ids -> {
                Map<Long, PartenariatResume> resumes = queries.resumes(ids).stream()
                        .collect(Collectors.toMap(PartenariatResume::id, Function.identity()));
                Map<Long, CollectiviteDeclarante> declarantes = exportQueries.declarantes(ids);
                Map<Long, List<ProjetExport>> projets = exportQueries.projets(ids);
                Map<Long, List<IatiFundingSource.FundedActivity>> funded = financements.of(ids);
                try {
                    for (Long id : ids) {
                        if (!declarantes.containsKey(id)) {
                            continue; // no French authority: nobody to report it (the rules require one)
                        }
                        for (ProjetExport projet : projets.getOrDefault(id, List.of())) {
                            activity.write(resumes.get(id), declarantes.get(id), projet);
                        }
                        for (IatiFundingSource.FundedActivity f : funded.getOrDefault(id, List.of())) {
                            activity.writeFunded(resumes.get(id), declarantes.get(id), f);
                        }
                    }
                    xml.flush();
                } catch (XMLStreamException e) {
                    throw new IllegalStateException("IATI export failed", e);
                }
            });
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.flush();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("IATI export failed", e);
        }
    }
}
