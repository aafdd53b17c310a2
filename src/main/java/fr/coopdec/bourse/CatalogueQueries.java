package fr.coopdec.bourse;

import fr.coopdec.shared.SearchText;
import java.util.EnumSet;
import java.util.Optional;
import org.hibernate.Hibernate;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The public catalogue: published sheets only, for everyone, signed in or not. */
@Service
@Transactional(readOnly = true)
public class CatalogueQueries {

    private final FicheRepository fiches;

    CatalogueQueries(FicheRepository fiches) {
        this.fiches = fiches;
    }

    public Page<FicheBourse> find(FiltreFiches filtre, Pageable pageable) {
        return fiches.search(
                EnumSet.of(StatutFiche.PUBLIEE),
                filtre.origine(),
                filtre.sens(),
                filtre.texte() == null ? null : SearchText.likePattern(filtre.texte()),
                filtre.paysId(),
                filtre.themeId(),
                Tri.parDefaut(pageable, Sort.by(Sort.Direction.DESC, "publieeLe", "id")));
    }

    /** A published sheet with its attachments' list; empty for any other state (not public). */
    public Optional<FicheBourse> publiee(long id) {
        return fiches.findById(id)
                .filter(f -> f.getStatut() == StatutFiche.PUBLIEE || f.getStatut() == StatutFiche.MISE_EN_RELATION)
                .map(f -> {
                    Hibernate.initialize(f.getPieces());
                    return f;
                });
    }
}
