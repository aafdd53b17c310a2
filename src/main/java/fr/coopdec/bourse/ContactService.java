package fr.coopdec.bourse;

import fr.coopdec.atlas.Partenariat;
import fr.coopdec.atlas.PartenariatService;
import fr.coopdec.referential.CollectivitePartenaire;
import fr.coopdec.referential.CollectivitePartenaireService;
import fr.coopdec.referential.NiveauCollectivitePartenaire;
import fr.coopdec.referential.Thematique;
import fr.coopdec.shared.BusinessException;
import fr.coopdec.shared.security.Roles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Year;
import java.util.HashSet;
import java.util.Set;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Express interest" between two published sheets of opposite sides, followed by DAECT, and the one
 * action that turns such a match into an Atlas partnership (pre-filled, the link kept on the request
 * and on both sheets).
 */
@Service
public class ContactService {

    private final FicheRepository fiches;
    private final DemandesRepository demandes;
    private final JournalFiches journal;
    private final PartenariatService partenariats;
    private final CollectivitePartenaireService partenaires;
    private final Clock clock;

    ContactService(
            FicheRepository fiches,
            DemandesRepository demandes,
            JournalFiches journal,
            PartenariatService partenariats,
            CollectivitePartenaireService partenaires,
            Clock clock) {
        this.fiches = fiches;
        this.demandes = demandes;
        this.journal = journal;
        this.partenariats = partenariats;
        this.partenaires = partenaires;
        this.clock = clock;
    }

    /** Open to anyone who gives a name and an e-mail address (the public sheet page). */
    @Transactional
    @PermitAll
    public DemandeContact exprimerInteret(long ficheId, long cibleId, String nom, String email, String message) {
        if (nom == null
                || nom.isBlank()
                || nom.length() > 150
                || email == null
                || !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")
                || email.length() > 254
                || (message != null && message.length() > 4000)) {
            throw new BusinessException("bourse.interet.invalide");
        }
        FicheBourse fiche = publiee(ficheId);
        FicheBourse cible = publiee(cibleId);
        if (fiche.getOrigine() == cible.getOrigine()) {
            throw new BusinessException("bourse.interet.meme-origine");
        }
        return demandes.save(new DemandeContact(fiche, cible, nom.strip(), email.strip(), message));
    }

    @Transactional(readOnly = true)
    @RolesAllowed(Roles.ADMIN)
    public Page<DemandeContact> demandes(Long ficheId, Pageable pageable) {
        return demandes.find(ficheId, pageable);
    }

    @Transactional
    @RolesAllowed(Roles.ADMIN)
    public DemandeContact suivre(long demandeId) {
        DemandeContact d = demande(demandeId);
        d.suivre();
        return d;
    }

    /**
     * Creates the Atlas partnership of the two authorities (the foreign one is added to the
     * referential when it is not there yet), with their common themes, and keeps the link.
     */
    @Transactional
    @RolesAllowed(Roles.ADMIN)
    public long convertirEnPartenariat(long demandeId) {
        DemandeContact d = demande(demandeId);
        if (d.getStatut() == StatutDemande.CONVERTIE) {
            throw new BusinessException("bourse.conversion.deja-faite");
        }
        FicheBourse francaise = d.getFiche().getOrigine() == Origine.FRANCAISE ? d.getFiche() : d.getCible();
        FicheBourse etrangere = francaise == d.getFiche() ? d.getCible() : d.getFiche();
        CollectivitePartenaire partenaire = etrangere.getCollectivitePartenaire();
        if (partenaire == null) {
            partenaire = new CollectivitePartenaire(
                    etrangere.getNomCollectivite(),
                    etrangere.getPays(),
                    etrangere.getNiveau() == null ? NiveauCollectivitePartenaire.AUTRE : etrangere.getNiveau());
            partenaire.setPopulation(etrangere.getPopulation());
            partenaire = partenaires.save(partenaire);
            etrangere.setCollectivitePartenaire(partenaire);
        }
        String intitule = francaise.getNomAffiche() + " – " + etrangere.getNomAffiche();
        Partenariat p = new Partenariat(
                intitule.length() > 300 ? intitule.substring(0, 300) : intitule,
                etrangere.getPays(),
                Year.now(clock).getValue());
        p.setCollectivitesFrancaises(Set.of(francaise.getCollectiviteFrancaise()));
        p.setCollectivitesPartenaires(Set.of(partenaire));
        Set<Thematique> communs = new HashSet<>(francaise.getToutesThematiques());
        communs.retainAll(etrangere.getToutesThematiques());
        p.setThematiques(communs.isEmpty() ? francaise.getToutesThematiques() : communs);
        p.setDescription(francaise.getObjectifs());
        p.getTechnicien().setNom(francaise.getContactNom());
        p.getTechnicien().setFonction(francaise.getContactFonction());
        p.getTechnicien().setEmail(francaise.getContactEmail());
        long id = partenariats.save(p).getId();
        d.convertir(id);
        for (FicheBourse f : new FicheBourse[] {francaise, etrangere}) {
            f.lierPartenariat(id);
            if (f.getStatut() == StatutFiche.PUBLIEE) {
                journal.passer(f, StatutFiche.MISE_EN_RELATION, null, JournalFiches.SYSTEME);
            }
        }
        return id;
    }

    private FicheBourse publiee(long id) {
        return fiches.findById(id)
                .filter(f -> f.getStatut() == StatutFiche.PUBLIEE)
                .orElseThrow(() -> new BusinessException("bourse.fiche.introuvable"));
    }

    private DemandeContact demande(long id) {
        return demandes.findById(id).orElseThrow(() -> new BusinessException("bourse.interet.introuvable"));
    }
}
