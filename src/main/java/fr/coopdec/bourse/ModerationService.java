package fr.coopdec.bourse;

import fr.coopdec.referential.Pays;
import fr.coopdec.shared.BusinessException;
import fr.coopdec.shared.SearchText;
import fr.coopdec.shared.security.CurrentUser;
import fr.coopdec.shared.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.hibernate.Hibernate;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * DAECT's moderation: the queue, the state machine of {@link StatutFiche} (a refusal needs a reason,
 * e-mailed to the sender; a publication lasts 12 months and notifies the posts of the target
 * countries), renewals and internal comments. Every change is audited by {@link JournalFiches}.
 */
@Service
@RolesAllowed(Roles.ADMIN)
public class ModerationService {

    static final int DUREE_PUBLICATION_MOIS = 12;

    private final FicheRepository fiches;
    private final PiecesRepository pieces;
    private final TransitionsRepository transitions;
    private final CommentairesRepository commentaires;
    private final NotificationsRepository notifications;
    private final DestinatairesPoste postes;
    private final JournalFiches journal;
    private final BourseMails mails;
    private final CurrentUser currentUser;
    private final Clock clock;

    ModerationService(
            FicheRepository fiches,
            PiecesRepository pieces,
            TransitionsRepository transitions,
            CommentairesRepository commentaires,
            NotificationsRepository notifications,
            DestinatairesPoste postes,
            JournalFiches journal,
            BourseMails mails,
            CurrentUser currentUser,
            Clock clock) {
        this.fiches = fiches;
        this.pieces = pieces;
        this.transitions = transitions;
        this.commentaires = commentaires;
        this.notifications = notifications;
        this.postes = postes;
        this.journal = journal;
        this.mails = mails;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The queue: by default the sheets waiting for DAECT (submitted, in review). */
    @Transactional(readOnly = true)
    public Page<FicheBourse> file(FiltreFiches filtre, Pageable pageable) {
        var statuts = filtre.statuts() == null || filtre.statuts().isEmpty()
                ? EnumSet.of(StatutFiche.SOUMISE, StatutFiche.EN_REVUE)
                : filtre.statuts();
        return fiches.search(
                statuts,
                filtre.origine(),
                filtre.sens(),
                filtre.texte() == null ? null : SearchText.likePattern(filtre.texte()),
                filtre.paysId(),
                filtre.themeId(),
                Tri.parDefaut(pageable, Sort.by("confirmeeLe", "id")));
    }

    @Transactional(readOnly = true)
    public FicheBourse fiche(long id) {
        FicheBourse fiche = fiches.findById(id).orElseThrow(() -> new BusinessException("bourse.fiche.introuvable"));
        Hibernate.initialize(fiche.getPieces());
        return fiche;
    }

    /** An attachment, for DAECT to open (read on the download request, not kept in the session). */
    @Transactional(readOnly = true)
    public PieceJointeFiche piece(long pieceId) {
        return pieces.findById(pieceId).orElseThrow(() -> new BusinessException("bourse.fiche.introuvable"));
    }

    /** Moves the sheet to {@code vers}; {@code version} is the one the moderator saw (stale: refused). */
    @Transactional
    public FicheBourse changerStatut(long id, long version, StatutFiche vers, String motif) {
        FicheBourse fiche = fiches.findById(id).orElseThrow(() -> new BusinessException("bourse.fiche.introuvable"));
        if (fiche.getVersion() != version) {
            throw new ObjectOptimisticLockingFailureException(FicheBourse.class, id);
        }
        if (!fiche.getStatut().peutPasserA(vers)) {
            throw new BusinessException("bourse.moderation.transition-interdite");
        }
        String raison = motif == null ? null : motif.strip();
        if (vers == StatutFiche.REFUSEE) {
            if (raison == null || raison.isEmpty()) {
                throw new BusinessException("bourse.moderation.motif-requis");
            }
            if (raison.length() > 2000) {
                throw new BusinessException("bourse.moderation.motif-trop-long");
            }
            fiche.refuser(raison);
        }
        journal.passer(fiche, vers, raison, JournalFiches.SYSTEME);
        if (vers == StatutFiche.REFUSEE) {
            mails.refus(fiche);
        } else if (vers == StatutFiche.PUBLIEE) {
            fiche.publier(clock.instant(), LocalDate.now(clock).plusMonths(DUREE_PUBLICATION_MOIS));
            diffuser(fiche);
            mails.publication(fiche);
        }
        return fiches.saveAndFlush(fiche);
    }

    /** Another 12 months from the current expiry (or today, if later). */
    @Transactional
    public FicheBourse renouveler(long id) {
        FicheBourse fiche = fiche(id);
        if (fiche.getStatut() != StatutFiche.PUBLIEE) {
            throw new BusinessException("bourse.moderation.renouvellement-impossible");
        }
        LocalDate base = fiche.getExpireLe() == null || fiche.getExpireLe().isBefore(LocalDate.now(clock))
                ? LocalDate.now(clock)
                : fiche.getExpireLe();
        fiche.renouveler(base.plusMonths(DUREE_PUBLICATION_MOIS));
        return fiches.saveAndFlush(fiche);
    }

    @Transactional
    public Commentaire commenter(long ficheId, String texte) {
        if (texte == null || texte.isBlank() || texte.length() > 4000) {
            throw new BusinessException("bourse.commentaire.invalide");
        }
        FicheBourse fiche = fiche(ficheId);
        return commentaires.save(new Commentaire(fiche, currentUser.require().getEmail(), texte.strip()));
    }

    @Transactional(readOnly = true)
    public List<Commentaire> commentaires(long ficheId) {
        return commentaires.deLaFiche(ficheId);
    }

    @Transactional(readOnly = true)
    public List<Transition> historique(long ficheId) {
        return transitions.historique(ficheId);
    }

    /** In-app notice and e-mail to the posts of every target country. */
    private void diffuser(FicheBourse fiche) {
        for (Pays pays : fiche.getPaysCibles()) {
            notifications.save(new NotificationPoste(fiche, pays));
            for (String email : postes.emails(pays.getId())) {
                mails.nouvelleFichePourPoste(email, fiche, BourseMails.nomPays(pays));
            }
        }
    }
}
