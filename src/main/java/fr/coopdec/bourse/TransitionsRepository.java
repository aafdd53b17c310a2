package fr.coopdec.bourse;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface TransitionsRepository extends JpaRepository<Transition, Long> {
    @Query("select t from Transition t where t.fiche.id = :ficheId order by t.le, t.id")
    List<Transition> historique(@Param("ficheId") long ficheId);
}
