package fr.coopdec.assises;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ActionSuiviRepository extends JpaRepository<ActionSuivi, Long> {

    List<ActionSuivi> findByEvenementIdOrderByEcheanceAscIdAsc(long evenementId);
}
