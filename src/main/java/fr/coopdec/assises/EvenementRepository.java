package fr.coopdec.assises;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface EvenementRepository extends JpaRepository<Evenement, Long> {

    List<Evenement> findAllByOrderByDateDebutDesc();

    List<Evenement> findByIdInOrderByDateDebutDesc(Collection<Long> ids);

    Optional<Evenement> findFirstByTitre(String titre);
}
