package fr.coopdec.bourse;

import fr.coopdec.shared.BusinessException;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public form's use cases, open to anyone: send a sheet (honeypot, rate limit per IP, sizes,
 * attachments checked), then confirm it through the e-mailed link, which works once.
 */
@Service
public class SoumissionService {

    private static final Logger log = LoggerFactory.getLogger(SoumissionService.class);

    private final FicheRepository fiches;
    private final ControlePieces controle;
    private final LimiteurSoumissions limiteur;
    private final BourseMails mails;
    private final JournalFiches journal;
    private final Validator validator;
    private final Clock clock;

    SoumissionService(
            FicheRepository fiches,
            ControlePieces controle,
            LimiteurSoumissions limiteur,
            BourseMails mails,
            JournalFiches journal,
            Validator validator,
            Clock clock) {
        this.fiches = fiches;
        this.controle = controle;
        this.limiteur = limiteur;
        this.mails = mails;
        this.journal = journal;
        this.validator = validator;
        this.clock = clock;
    }

    /**
     * Saves the sheet, waiting for confirmation, and e-mails the link. A filled honeypot (a field
     * people do not see) means a robot: nothing is saved, and the robot is told nothing (empty result).
     */
    @Transactional
    public Optional<FicheBourse> soumettre(FicheBourse fiche, List<PieceEnvoyee> pieces, String ip, String pot) {
        if (pot != null && !pot.isBlank()) {
            log.info("Bourse sheet dropped: honeypot filled (ip {})", ip);
            return Optional.empty();
        }
        if (!limiteur.autorise(ip)) {
            throw new BusinessException("bourse.soumission.trop-de-demandes");
        }
        verifier(fiche);
        List<String> types = controle.verifier(pieces);
        for (int i = 0; i < pieces.size(); i++) {
            fiche.addPiece(new PieceJointeFiche(
                    nom(pieces.get(i).nom()), types.get(i), pieces.get(i).contenu()));
        }
        fiche.soumettre(Jetons.nouveau(), clock.instant(), ip);
        FicheBourse saved = fiches.save(fiche);
        mails.confirmation(saved);
        return Optional.of(saved);
    }

    /** The link of the e-mail: the sheet enters moderation. A used or unknown token is refused. */
    @Transactional
    public FicheBourse confirmer(String token) {
        FicheBourse fiche = fiches.findByConfirmationToken(token)
                .filter(f -> f.getStatut() == StatutFiche.A_CONFIRMER)
                .orElseThrow(() -> new BusinessException("bourse.confirmation.invalide"));
        String email = fiche.getContactEmail();
        fiche.confirmer(clock.instant());
        journal.passer(fiche, StatutFiche.SOUMISE, null, email);
        return fiche;
    }

    /**
     * The link of the expiry reminder: the sender keeps the sheet published 12 more months without
     * writing to DAECT. Works once (the token is then cleared).
     */
    @Transactional
    public FicheBourse renouveler(String token) {
        FicheBourse fiche = fiches.findByConfirmationToken(token)
                .filter(f -> f.getStatut() == StatutFiche.PUBLIEE)
                .orElseThrow(() -> new BusinessException("bourse.renouvellement.invalide"));
        LocalDate today = LocalDate.now(clock);
        LocalDate base =
                fiche.getExpireLe() == null || fiche.getExpireLe().isBefore(today) ? today : fiche.getExpireLe();
        fiche.renouveler(base.plusMonths(ModerationService.DUREE_PUBLICATION_MOIS));
        return fiche;
    }

    void verifier(FicheBourse fiche) {
        if (!validator.validate(fiche).isEmpty()) {
            throw new BusinessException("bourse.soumission.invalide");
        }
        if (fiche.getOrigine() == Origine.FRANCAISE && fiche.getCollectiviteFrancaise() == null) {
            throw new BusinessException("bourse.soumission.collectivite-requise");
        }
        if (fiche.getOrigine() == Origine.ETRANGERE
                && (fiche.getPays() == null
                        || fiche.getNomCollectivite() == null
                        || fiche.getNomCollectivite().isBlank())) {
            throw new BusinessException("bourse.soumission.etrangere-requise");
        }
        if (fiche.getToutesThematiques().isEmpty()) {
            throw new BusinessException("bourse.soumission.theme-requis");
        }
        if (fiche.getOrigine() == Origine.FRANCAISE
                && fiche.getPaysCibles().isEmpty()
                && fiche.getZonesCibles().isEmpty()) {
            throw new BusinessException("bourse.soumission.cible-requise");
        }
    }

    private static String nom(String nom) {
        String n = nom == null || nom.isBlank() ? "piece" : nom.strip();
        return n.length() > 255 ? n.substring(n.length() - 255) : n;
    }
}
