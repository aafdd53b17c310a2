package fr.coopdec.jeunesse;

import fr.coopdec.shared.BusinessException;
import org.springframework.stereotype.Component;

/**
 * The rules every placement obeys, whether typed in a form or imported: coherent dates, one sending and
 * one host structure, the programme's age at departure, a reason when interrupted, and no overlap with
 * another placement of the same volunteer.
 */
@Component
class MissionRules {

    private final MissionRepository missions;

    MissionRules(MissionRepository missions) {
        this.missions = missions;
    }

    void check(Mission m) {
        checkComplet(m);
        checkChamps(m);
        if (missions.chevauchements(
                        m.getVolontaire().getId(), m.isNew() ? -1 : m.getId(), m.getDateDebut(), m.getDateFin())
                > 0) {
            throw new BusinessException("jeunesse.mission.chevauchement");
        }
    }

    /** The rules that need no query (also used on the lines of an import, among themselves). */
    void checkChamps(Mission m) {
        Volontaire v = m.getVolontaire();
        if (v.isAnonymise()) {
            throw new BusinessException("jeunesse.volontaire.anonymise");
        }
        if (m.getDateFin().isBefore(m.getDateDebut())) {
            throw new BusinessException("jeunesse.mission.dates");
        }
        if ((m.getCollectiviteFrancaise() == null) == (m.getAssociationFrance() == null)) {
            throw new BusinessException("jeunesse.mission.structure-france");
        }
        if ((m.getCollectivitePartenaire() == null) == (m.getAssociationEtranger() == null)) {
            throw new BusinessException("jeunesse.mission.structure-etranger");
        }
        if (m.getCollectivitePartenaire() != null
                && !m.getCollectivitePartenaire().getPays().equals(m.getPays())) {
            throw new BusinessException("jeunesse.mission.partenaire-pays");
        }
        if (!m.getProgramme().accepte(v.getDateNaissance(), m.getDateDebut())) {
            Integer max = m.getProgramme().getAgeMax();
            throw max == null
                    ? new BusinessException(
                            "jeunesse.mission.age-min", m.getProgramme().getAgeMin())
                    : new BusinessException(
                            "jeunesse.mission.age", m.getProgramme().getAgeMin(), max);
        }
        if (m.getStatut() == StatutMission.INTERROMPUE && m.getMotifInterruption() == null) {
            throw new BusinessException("jeunesse.mission.motif-required");
        }
    }

    private static void checkComplet(Mission m) {
        if (m.getVolontaire() == null || m.getDateDebut() == null || m.getDateFin() == null) {
            throw new BusinessException("jeunesse.mission.incomplete");
        }
    }
}
