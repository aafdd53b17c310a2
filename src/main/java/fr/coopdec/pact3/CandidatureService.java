package fr.coopdec.pact3;

import fr.coopdec.atlas.AtlasQueries;
import fr.coopdec.atlas.PartenariatFilter;
import fr.coopdec.atlas.PartenariatResume;
import fr.coopdec.referential.ReferentialQueries;
import fr.coopdec.shared.BusinessException;
import fr.coopdec.shared.files.FileTypes;
import fr.coopdec.shared.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An authority's applications: a draft while the call is open, then a final submission. Every query
 * is limited to the user's own authority; DAECT reads them all.
 */
@Service
public class CandidatureService {

    static final long MAX_PIECE_JOINTE = FileTypes.MAX_ATTACHMENT_BYTES;

    private final CandidatureRepository candidatures;
    private final AppelPact3Repository appels;
    private final PieceJointeRepository pieces;
    private final AtlasQueries atlas;
    private final ReferentialQueries referential;
    private final Pact3Scope scope;
    private final Clock clock;

    CandidatureService(
            CandidatureRepository candidatures,
            AppelPact3Repository appels,
            PieceJointeRepository pieces,
            AtlasQueries atlas,
            ReferentialQueries referential,
            Pact3Scope scope,
            Clock clock) {
        this.candidatures = candidatures;
        this.appels = appels;
        this.pieces = pieces;
        this.atlas = atlas;
        this.referential = referential;
        this.scope = scope;
        this.clock = clock;
    }

    /** The user's authority's applications (DAECT: refused here, it reads them per call). */
    @Transactional(readOnly = true)
    @RolesAllowed(Roles.COLLECTIVITE)
    public Page<Candidature> mesCandidatures(Pageable pageable) {
        return candidatures.findByCollectivite(scope.collectivite(), pageable);
    }

    @Transactional(readOnly = true)
    @RolesAllowed({Roles.ADMIN, Roles.COLLECTIVITE})
    public Candidature findById(long id) {
        Candidature c =
                candidatures.findById(id).orElseThrow(() -> new BusinessException("pact3.candidature.introuvable"));
        scope.checkOwn(c);
        return c;
    }

    /** The application of the user's authority to that call: the existing one, or a new draft. */
    @Transactional
    @RolesAllowed(Roles.COLLECTIVITE)
    public Candidature brouillon(long appelId) {
        long cf = scope.collectivite();
        return candidatures
                .findFirstByAppelIdAndCollectiviteFrancaiseId(appelId, cf)
                .orElseGet(() -> {
                    Appel appel = appels.findById(appelId)
                            .orElseThrow(() -> new BusinessException("pact3.appel.introuvable"));
                    checkOuvert(appel);
                    String nom = referential
                            .findCollectiviteFrancaise(cf)
                            .map(c -> c.getNom())
                            .orElse("?");
                    return candidatures.save(
                            new Candidature(appel, cf, nom, scope.user().getEmail()));
                });
    }

    /** Saves a draft; the references must be partnerships of the authority in the Atlas. */
    @Transactional
    @RolesAllowed(Roles.COLLECTIVITE)
    public Candidature enregistrer(Candidature candidature) {
        Candidature stored = candidatures
                .findById(candidature.getId())
                .orElseThrow(() -> new BusinessException("pact3.candidature.introuvable"));
        scope.checkOwn(stored);
        scope.checkOwn(candidature);
        if (stored.getStatut() != StatutCandidature.BROUILLON) {
            throw new BusinessException("pact3.candidature.deja-soumise");
        }
        checkOuvert(stored.getAppel());
        Set<Long> possibles =
                referencesPossibles().stream().map(PartenariatResume::id).collect(Collectors.toSet());
        if (!possibles.containsAll(candidature.getReferences())) {
            throw new BusinessException("pact3.candidature.reference-hors-perimetre");
        }
        return candidatures.save(candidature);
    }

    /** Final: a submitted application can no longer change. Refused after the closing date. */
    @Transactional
    @RolesAllowed(Roles.COLLECTIVITE)
    public Candidature soumettre(Candidature candidature) {
        Candidature saved = enregistrer(candidature);
        if (saved.getThemes().isEmpty()
                || saved.getSavoirFaire() == null
                || saved.getSavoirFaire().isBlank()) {
            throw new BusinessException("pact3.candidature.incomplete");
        }
        saved.soumettre(clock.instant());
        return candidatures.save(saved);
    }

    /** The partnerships of the user's authority, from the Atlas, to pick references from. */
    @Transactional(readOnly = true)
    @RolesAllowed(Roles.COLLECTIVITE)
    public List<PartenariatResume> referencesPossibles() {
        return atlas.search(
                        PartenariatFilter.builder()
                                .collectiviteFrancaise(scope.collectivite())
                                .build(),
                        Pageable.unpaged())
                .getContent();
    }

    @Transactional(readOnly = true)
    @RolesAllowed({Roles.ADMIN, Roles.COLLECTIVITE})
    public List<PartenariatResume> references(Candidature candidature) {
        scope.checkOwn(candidature);
        return atlas.resumes(List.copyOf(candidature.getReferences()));
    }

    @Transactional
    @RolesAllowed(Roles.COLLECTIVITE)
    public PieceJointeInfo joindre(long candidatureId, String nom, String typeMime, byte[] contenu) {
        Candidature c = findById(candidatureId);
        if (c.getStatut() != StatutCandidature.BROUILLON) {
            throw new BusinessException("pact3.candidature.deja-soumise");
        }
        PieceJointe p = pieces.save(new PieceJointe(candidatureId, null, nom, typeVerifie(nom, contenu), contenu));
        return new PieceJointeInfo(p.getId(), p.getNomFichier(), p.getTypeMime(), p.getTaille());
    }

    /**
     * The type of an attachment read from its bytes (PDF, image or text document), whatever its name
     * or the type the browser announced: an HTML page named rapport.pdf is refused.
     */
    static String typeVerifie(String nom, byte[] contenu) {
        if (contenu.length == 0 || contenu.length > MAX_PIECE_JOINTE) {
            throw new BusinessException("pact3.piece.trop-grosse");
        }
        String type = FileTypes.detect(nom, contenu);
        if (!FileTypes.DOCUMENTS.contains(type)) {
            throw new BusinessException("pact3.piece.type-refuse", nom);
        }
        return type;
    }

    @Transactional(readOnly = true)
    @RolesAllowed({Roles.ADMIN, Roles.COLLECTIVITE})
    public List<PieceJointeInfo> piecesJointes(long candidatureId) {
        findById(candidatureId);
        return pieces.findInfosByCandidature(candidatureId);
    }

    private void checkOuvert(Appel appel) {
        LocalDate today = LocalDate.now(clock);
        if (today.isAfter(appel.getDateCloture())) {
            throw new BusinessException("pact3.candidature.hors-delai", appel.getDateCloture());
        }
        if (today.isBefore(appel.getDateOuverture())) {
            throw new BusinessException("pact3.candidature.pas-encore-ouvert", appel.getDateOuverture());
        }
    }
}
