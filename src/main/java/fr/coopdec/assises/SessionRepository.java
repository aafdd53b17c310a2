package fr.coopdec.assises;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface SessionRepository extends JpaRepository<SessionProgramme, Long> {

    List<SessionProgramme> findByEvenementIdOrderByDebutAscSalleAsc(long evenementId);
}
