package fr.coopdec.bourse;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface CommentairesRepository extends JpaRepository<Commentaire, Long> {
    @Query("select c from Commentaire c where c.fiche.id = :ficheId order by c.id")
    List<Commentaire> deLaFiche(@Param("ficheId") long ficheId);
}
