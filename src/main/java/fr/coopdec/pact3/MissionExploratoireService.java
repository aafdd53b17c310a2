package fr.coopdec.pact3;

import fr.coopdec.atlas.Agregat;
import fr.coopdec.atlas.AtlasQueries;
import fr.coopdec.atlas.PartenariatFilter;
import fr.coopdec.atlas.StatutPartenariat;
import fr.coopdec.referential.CategorieCad;
import fr.coopdec.referential.CategorieCadQueries;
import fr.coopdec.referential.Pays;
import fr.coopdec.referential.ReferentialQueries;
import fr.coopdec.shared.BusinessException;
import fr.coopdec.shared.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Exploratory missions of laureates. The country must be an ODA recipient with at most N active
 * partnerships in the Atlas (N: {@link AppelPact3Service#seuilPartenariats()}); the budget stays within the
 * call's ceiling. Authorities see and act on their own missions; DAECT on all.
 */
@Service
public class MissionExploratoireService {

    private final MissionExploratoireRepository missions;
    private final CandidatureRepository candidatures;
    private final PieceJointeRepository pieces;
    private final AppelPact3Service appels;
    private final AtlasQueries atlas;
    private final ReferentialQueries referential;
    private final Pact3Scope scope;
    private final Clock clock;
    private final CategorieCadQueries categoriesCad;

    MissionExploratoireService(
            MissionExploratoireRepository missions,
            CandidatureRepository candidatures,
            PieceJointeRepository pieces,
            AppelPact3Service appels,
            AtlasQueries atlas,
            ReferentialQueries referential,
            Pact3Scope scope,
            Clock clock,
            CategorieCadQueries categoriesCad) {
        this.missions = missions;
        this.candidatures = candidatures;
        this.pieces = pieces;
        this.appels = appels;
        this.atlas = atlas;
        this.referential = referential;
        this.scope = scope;
        this.clock = clock;
        this.categoriesCad = categoriesCad;
    }

    /**
     * ODA-recipient countries (DAC list in force today: a mission is judged on the day it is proposed)
     * with at most N active partnerships, fewest first. The counts are one
     * SQL GROUP BY of the Atlas (active partnerships per country); countries absent from it have none.
     */
    @Transactional(readOnly = true)
    public List<PaysEligible> paysEligibles() {
        int seuil = appels.seuilPartenariats();
        Map<String, Long> actifs =
                atlas
                        .parPays(PartenariatFilter.builder()
                                .statut(StatutPartenariat.ACTIF)
                                .build())
                        .stream()
                        .collect(Collectors.toMap(Agregat::cle, Agregat::nombre));
        Map<String, CategorieCad> categories = categoriesCad.toutesEnVigueur(LocalDate.now(clock));
        return referential.allPays().stream()
                .filter(p -> categories
                        .getOrDefault(p.getCodeAlpha2(), CategorieCad.NON)
                        .isOdaRecipient())
                .map(p -> new PaysEligible(
                        p.getCodeAlpha2(), p.getNomFr(), p.getNomEn(), actifs.getOrDefault(p.getCodeAlpha2(), 0L)))
                .filter(p -> p.partenariatsActifs() <= seuil)
                .sorted(Comparator.comparingLong(PaysEligible::partenariatsActifs)
                        .thenComparing(PaysEligible::nomFr))
                .toList();
    }

    @Transactional(readOnly = true)
    @RolesAllowed({Roles.ADMIN, Roles.COLLECTIVITE})
    public Page<MissionExploratoire> find(Pageable pageable) {
        return find(null, pageable);
    }

    /** The missions of the user's scope, in one country when {@code paysCode} is given. */
    @Transactional(readOnly = true)
    @RolesAllowed({Roles.ADMIN, Roles.COLLECTIVITE})
    public Page<MissionExploratoire> find(String paysCode, Pageable pageable) {
        return missions.findInScope(scope.filtreCollectivite(), paysCode, pageable);
    }

    /** The labels of the user's authority still valid: a mission is proposed under one of them. */
    @Transactional(readOnly = true)
    @RolesAllowed(Roles.COLLECTIVITE)
    public List<Candidature> mesLabels() {
        return candidatures.findLabelsValides(scope.collectivite(), LocalDate.now(clock));
    }

    @Transactional
    @RolesAllowed(Roles.COLLECTIVITE)
    public MissionExploratoire proposer(
            long candidatureId, String paysCode, String objet, Map<NatureDepense, BigDecimal> lignes) {
        Candidature c = candidatures
                .findById(candidatureId)
                .orElseThrow(() -> new BusinessException("pact3.candidature.introuvable"));
        scope.checkOwn(c);
        if (!c.isLaureat(LocalDate.now(clock))) {
            throw new BusinessException("pact3.mission.sans-label");
        }
        if (objet == null || objet.isBlank()) {
            throw new BusinessException("pact3.mission.objet-requis");
        }
        Optional<PaysEligible> pays =
                paysEligibles().stream().filter(p -> p.code().equals(paysCode)).findFirst();
        if (pays.isEmpty()) {
            long actifs = atlas.count(PartenariatFilter.builder()
                    .pays(paysCode)
                    .statut(StatutPartenariat.ACTIF)
                    .build());
            String nom = referential.findPays(paysCode).map(Pays::getNomFr).orElse(paysCode);
            throw new BusinessException("pact3.mission.pays-non-eligible", nom, actifs, appels.seuilPartenariats());
        }
        if (lignes.values().stream().anyMatch(m -> m == null || m.signum() < 0)) {
            throw new BusinessException("pact3.mission.montant-negatif");
        }
        MissionExploratoire mission = new MissionExploratoire(c, paysCode, objet.trim(), lignes);
        BigDecimal plafond = c.getAppel().getPlafondMission();
        if (mission.budget().compareTo(plafond) > 0) {
            throw new BusinessException("pact3.mission.plafond-depasse", mission.budget(), plafond);
        }
        return missions.save(mission);
    }

    @Transactional
    @RolesAllowed(Roles.ADMIN)
    public MissionExploratoire approuver(long id) {
        return transition(id, StatutMissionExploratoire.PROPOSEE, StatutMissionExploratoire.APPROUVEE);
    }

    @Transactional
    @RolesAllowed(Roles.ADMIN)
    public MissionExploratoire refuser(long id, String motif) {
        MissionExploratoire m = load(id);
        expect(m, StatutMissionExploratoire.PROPOSEE);
        if (motif == null || motif.isBlank()) {
            throw new BusinessException("pact3.decision.motif-requis");
        }
        m.refuser(motif.trim());
        return missions.save(m);
    }

    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.COLLECTIVITE})
    public MissionExploratoire realisee(long id) {
        return transition(id, StatutMissionExploratoire.APPROUVEE, StatutMissionExploratoire.REALISEE);
    }

    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.COLLECTIVITE})
    public MissionExploratoire deposerRapport(long id, String nom, String typeMime, byte[] contenu) {
        MissionExploratoire m = load(id);
        expect(m, StatutMissionExploratoire.REALISEE);
        pieces.save(new PieceJointe(null, id, nom, CandidatureService.typeVerifie(nom, contenu), contenu));
        m.passer(StatutMissionExploratoire.RAPPORT_DEPOSE);
        return missions.save(m);
    }

    @Transactional(readOnly = true)
    @RolesAllowed({Roles.ADMIN, Roles.COLLECTIVITE})
    public List<PieceJointeInfo> rapports(long id) {
        load(id);
        return pieces.findInfosByMission(id);
    }

    @Transactional
    @RolesAllowed(Roles.ADMIN)
    public MissionExploratoire cloturer(long id) {
        return transition(id, StatutMissionExploratoire.RAPPORT_DEPOSE, StatutMissionExploratoire.CLOTUREE);
    }

    /** A payment of an approved mission; the total paid stays within its budget. */
    @Transactional
    @RolesAllowed(Roles.ADMIN)
    public MissionExploratoire enregistrerPaiement(long id, LocalDate date, BigDecimal montant) {
        MissionExploratoire m = load(id);
        if (m.getStatut() == StatutMissionExploratoire.PROPOSEE || m.getStatut() == StatutMissionExploratoire.REFUSEE) {
            throw new BusinessException("pact3.paiement.mission-non-approuvee");
        }
        if (montant == null || montant.signum() <= 0 || date == null) {
            throw new BusinessException("pact3.paiement.invalide");
        }
        if (m.totalPaye().add(montant).compareTo(m.budget()) > 0) {
            throw new BusinessException(
                    "pact3.paiement.depasse-budget", m.budget().subtract(m.totalPaye()));
        }
        m.getPaiements().add(new Paiement(date, montant));
        return missions.save(m);
    }

    private MissionExploratoire transition(long id, StatutMissionExploratoire from, StatutMissionExploratoire to) {
        MissionExploratoire m = load(id);
        expect(m, from);
        m.passer(to);
        return missions.save(m);
    }

    private MissionExploratoire load(long id) {
        MissionExploratoire m =
                missions.findById(id).orElseThrow(() -> new BusinessException("pact3.mission.introuvable"));
        scope.checkOwn(m.getCandidature());
        return m;
    }

    private static void expect(MissionExploratoire m, StatutMissionExploratoire expected) {
        if (m.getStatut() != expected) {
            throw new BusinessException("pact3.mission.etape-invalide");
        }
    }
}
