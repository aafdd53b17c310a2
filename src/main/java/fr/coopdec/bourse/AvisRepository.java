package fr.coopdec.bourse;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AvisRepository extends JpaRepository<Avis, Long> {
    @Query(
            "select a from Avis a where a.fiche.id = :ficheId and (:paysId is null or a.pays.id = :paysId) order by a.id")
    List<Avis> deLaFiche(@Param("ficheId") long ficheId, @Param("paysId") Long paysId);
}
