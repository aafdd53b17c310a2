package fr.coopdec.assises;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ResultatRepository extends JpaRepository<Resultat, Long> {

    List<Resultat> findBySessionEvenementIdOrderBySessionDebutAscIdAsc(long evenementId);
}
