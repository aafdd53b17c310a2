package fr.coopdec.referential;

import fr.coopdec.shared.SearchText;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Read access to the reference data, open to everyone (the Atlas is public). */
@Service
@Transactional(readOnly = true)
public class ReferentialQueries {

    private final PaysRepository pays;
    private final CollectiviteFrancaiseRepository francaises;
    private final CollectivitePartenaireRepository partenaires;
    private final ThematiqueRepository thematiques;

    ReferentialQueries(
            PaysRepository pays,
            CollectiviteFrancaiseRepository francaises,
            CollectivitePartenaireRepository partenaires,
            ThematiqueRepository thematiques) {
        this.pays = pays;
        this.francaises = francaises;
        this.partenaires = partenaires;
        this.thematiques = thematiques;
    }

    public Page<Pays> findPays(PaysFilter filter, Pageable pageable) {
        return pays.search(SearchText.likePattern(filter.text()), filter.zone(), filter.categorieCad(), pageable);
    }

    /** All countries by French name: 249 rows, fine for a combo box. */
    public List<Pays> allPays() {
        return pays.findAllByOrderByNomFrAsc();
    }

    public Optional<Pays> findPays(String alpha2) {
        return alpha2 == null
                ? Optional.empty()
                : pays.findByCodeAlpha2(alpha2.trim().toUpperCase(java.util.Locale.ROOT));
    }

    public Page<CollectiviteFrancaise> findCollectivitesFrancaises(
            CollectiviteFrancaiseFilter filter, Pageable pageable) {
        return francaises.search(
                SearchText.likePattern(filter.text()),
                filter.type(),
                filter.regionCode(),
                filter.departementCode(),
                pageable);
    }

    public Optional<CollectiviteFrancaise> findCollectiviteFrancaise(TypeCollectiviteFrancaise type, String code) {
        return francaises.findByTypeAndCode(type, code);
    }

    /** The authority behind an Atlas key (see {@link CollectiviteFrancaise#getCleAtlas()}). */
    public Optional<CollectiviteFrancaise> findCollectiviteFrancaiseByCle(String cle) {
        if (cle == null || cle.isBlank()) {
            return Optional.empty();
        }
        if (cle.startsWith("reg-")) {
            return francaises.findByTypeAndCode(TypeCollectiviteFrancaise.REGION, cle.substring(4));
        }
        if (cle.startsWith(CollectiviteFrancaise.PREFIXE_GROUPEMENT)) {
            return francaises.findFirstByTypeInAndCode(
                    TypeCollectiviteFrancaise.GROUPEMENTS,
                    cle.substring(CollectiviteFrancaise.PREFIXE_GROUPEMENT.length()));
        }
        if (cle.startsWith("dep-")) {
            return francaises.findByTypeAndCode(TypeCollectiviteFrancaise.DEPARTEMENT, cle.substring(4));
        }
        TypeCollectiviteFrancaise type =
                cle.length() == 9 ? TypeCollectiviteFrancaise.EPCI : TypeCollectiviteFrancaise.COMMUNE;
        return francaises.findByTypeAndCode(type, cle);
    }

    public Optional<CollectiviteFrancaise> findCollectiviteFrancaise(long id) {
        return francaises.findById(id);
    }

    public Page<CollectivitePartenaire> findCollectivitesPartenaires(
            CollectivitePartenaireFilter filter, Pageable pageable) {
        return partenaires.search(SearchText.likePattern(filter.text()), filter.paysId(), filter.niveau(), pageable);
    }

    /** With its country and parent loaded: public pages show them outside any transaction. */
    public Optional<CollectivitePartenaire> findCollectivitePartenaire(long id) {
        return partenaires.findWithPaysById(id);
    }

    public Page<Thematique> findThematiques(String text, Pageable pageable) {
        return thematiques.search(SearchText.likePattern(text), pageable);
    }

    public List<Thematique> allThematiques() {
        return thematiques.findAllByOrderByLibelleFrAsc();
    }
}
