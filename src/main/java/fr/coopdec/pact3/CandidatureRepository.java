package fr.coopdec.pact3;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CandidatureRepository extends JpaRepository<Candidature, Long> {

    @Query("select c from Candidature c where c.collectiviteFrancaiseId = :cf order by c.appel.annee desc, c.id desc")
    Page<Candidature> findByCollectivite(long cf, Pageable pageable);

    Optional<Candidature> findFirstByAppelIdAndCollectiviteFrancaiseId(long appelId, long cf);

    @Query(
            "select c from Candidature c where c.appel.id = :appelId and c.statut in :statuts order by c.collectiviteNom, c.id")
    List<Candidature> findByAppel(long appelId, Collection<StatutCandidature> statuts);

    @Query(
            value = "select c from Candidature c where c.statut = fr.coopdec.pact3.StatutCandidature.LABELLISEE"
                    + " and c.labelValideJusquAu >= :today and (:noTheme = true or exists"
                    + " (select 1 from Candidature x join x.themes t where x = c and t in :themes))"
                    + " order by c.collectiviteNom, c.id",
            countQuery =
                    "select count(c) from Candidature c where c.statut = fr.coopdec.pact3.StatutCandidature.LABELLISEE"
                            + " and c.labelValideJusquAu >= :today and (:noTheme = true or exists"
                            + " (select 1 from Candidature x join x.themes t where x = c and t in :themes))")
    Page<Candidature> findLaureats(LocalDate today, boolean noTheme, Collection<String> themes, Pageable pageable);

    @Query(
            "select c from Candidature c where c.collectiviteFrancaiseId = :cf and c.statut = fr.coopdec.pact3.StatutCandidature.LABELLISEE"
                    + " and c.labelValideJusquAu >= :today order by c.labelValideJusquAu desc")
    List<Candidature> findLabelsValides(long cf, LocalDate today);
}
