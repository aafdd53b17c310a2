package fr.coopdec.assises;

import java.util.Collection;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ChoixSessionRepository extends JpaRepository<ChoixSession, Long> {

    Optional<ChoixSession> findFirstBySessionIdAndStatutAndInscriptionStatutInOrderByIdAsc(
            long sessionId, StatutChoix statut, Collection<StatutInscription> statutsInscription);

    long countBySessionIdAndStatut(long sessionId, StatutChoix statut);
}
