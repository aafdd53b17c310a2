package fr.coopdec.bourse;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface FicheRepository extends JpaRepository<FicheBourse, Long> {

    String FILTRE =
            """
            (:origine is null or f.origine = :origine)
            and (:sens is null or f.sens = :sens)
            and (:text is null or f.searchText like :text)
            and (:paysId is null or f.pays.id = :paysId
                 or exists (select 1 from FicheBourse c join c.paysCibles p where c = f and p.id = :paysId))
            and (:themeId is null
                 or exists (select 1 from FicheBourse e join e.expertises t where e = f and t.id = :themeId)
                 or exists (select 1 from FicheBourse r join r.thematiquesRecherchees t where r = f and t.id = :themeId))
            """;

    Optional<FicheBourse> findByConfirmationToken(String token);

    @Query("select f from FicheBourse f where f.statut in :statuts and " + FILTRE)
    Page<FicheBourse> search(
            @Param("statuts") Collection<StatutFiche> statuts,
            @Param("origine") Origine origine,
            @Param("sens") Sens sens,
            @Param("text") String text,
            @Param("paysId") Long paysId,
            @Param("themeId") Long themeId,
            Pageable pageable);

    @Query(
            "select f from FicheBourse f where f.statut = fr.coopdec.bourse.StatutFiche.PUBLIEE and f.origine <> :origine and f.id <> :id")
    List<FicheBourse> candidats(@Param("origine") Origine origine, @Param("id") long id);

    @Query("select f from FicheBourse f where f.statut = fr.coopdec.bourse.StatutFiche.PUBLIEE and f.expireLe < :jour")
    List<FicheBourse> expirees(@Param("jour") LocalDate jour);

    @Query(
            """
            select f from FicheBourse f where f.statut = fr.coopdec.bourse.StatutFiche.PUBLIEE
            and f.expireLe <= :limite and f.rappelExpirationLe is null""")
    List<FicheBourse> aRappeler(@Param("limite") LocalDate limite);

    @Query(
            """
            select distinct f from FicheBourse f join f.paysCibles p
            where f.statut = fr.coopdec.bourse.StatutFiche.PUBLIEE and f.publieeLe >= :depuis and p.id = :paysId
            order by f.publieeLe""")
    List<FicheBourse> publieesDepuisPour(@Param("depuis") Instant depuis, @Param("paysId") long paysId);

    @Query(
            "select distinct p.id from FicheBourse f join f.paysCibles p where f.statut = fr.coopdec.bourse.StatutFiche.PUBLIEE and f.publieeLe >= :depuis")
    List<Long> paysCiblesDepuis(@Param("depuis") Instant depuis);
}
