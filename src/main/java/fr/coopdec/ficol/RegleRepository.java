package fr.coopdec.ficol;

import java.time.LocalDate;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface RegleRepository extends JpaRepository<RegleEligibilite, Long> {

    Optional<RegleEligibilite> findFirstByCodeAndDateEffetLessThanEqualOrderByDateEffetDesc(
            CodeRegle code, LocalDate date);
}
