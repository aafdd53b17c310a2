package fr.coopdec.atlas;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface RelanceRepository extends JpaRepository<Relance, Long> {

    Optional<Relance> findFirstByPartenariatIdOrderBySentAtDesc(long partenariatId);
}
