package fr.coopdec.bourse;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface DemandesRepository extends JpaRepository<DemandeContact, Long> {
    @Query(
            "select d from DemandeContact d where (:ficheId is null or d.fiche.id = :ficheId or d.cible.id = :ficheId) order by d.id desc")
    Page<DemandeContact> find(@Param("ficheId") Long ficheId, Pageable pageable);
}
