package fr.coopdec.jeunesse;

import fr.coopdec.shared.CsvCells;
import fr.coopdec.shared.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Objects;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The placements CSV: its columns (shared with the import) and the export of the user's scope. */
@Service
public class MissionCsv {

    public static final List<String> COLUMNS = List.of(
            "volontaire",
            "direction",
            "programme",
            "pays",
            "ville",
            "date_debut",
            "date_fin",
            "statut",
            "motif_interruption",
            "collectivite_francaise",
            "association_france",
            "collectivite_partenaire",
            "association_etranger",
            "partenariat",
            "projet");

    private final MissionService missions;

    MissionCsv(MissionService missions) {
        this.missions = missions;
    }

    /** Writes the placements the user sees, a page of 500 at a time; the file can be imported back. */
    @Transactional(readOnly = true)
    @RolesAllowed({Roles.ADMIN, Roles.VOLONTARIAT, Roles.COLLECTIVITE, Roles.POSTE})
    public void export(Writer writer) {
        try {
            CSVPrinter printer = CSVFormat.DEFAULT
                    .builder()
                    .setHeader(COLUMNS.toArray(String[]::new))
                    .get()
                    .print(writer);
            Page<Mission> page = missions.find(MissionFilter.all(), PageRequest.of(0, 500, Sort.by("id")));
            while (true) {
                for (Mission m : page) {
                    CsvCells.printRecord(
                            printer,
                            m.getVolontaire().getId(),
                            m.getDirection(),
                            m.getProgramme(),
                            m.getPays().getCodeAlpha2(),
                            m.getVille(),
                            m.getDateDebut(),
                            m.getDateFin(),
                            m.getStatut(),
                            m.getMotifInterruption(),
                            m.getCollectiviteFrancaise() == null
                                    ? null
                                    : m.getCollectiviteFrancaise().getCleAtlas(),
                            m.getAssociationFrance(),
                            m.getCollectivitePartenaire() == null
                                    ? null
                                    : m.getCollectivitePartenaire().getNom(),
                            m.getAssociationEtranger(),
                            Objects.toString(m.getPartenariatId(), null),
                            m.getProjet() == null ? null : m.getProjet().getId());
                }
                if (!page.hasNext()) {
                    break;
                }
                page = missions.find(MissionFilter.all(), page.nextPageable());
            }
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
