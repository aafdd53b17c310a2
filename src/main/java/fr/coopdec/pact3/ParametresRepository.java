package fr.coopdec.pact3;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ParametresRepository extends JpaRepository<Parametres, Long> {

    Optional<Parametres> findFirstByOrderByIdAsc();
}
