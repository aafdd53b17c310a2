package fr.coopdec.appels;

import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CandidatureDaectRepository extends JpaRepository<CandidatureDaect, Long> {

    @EntityGraph(attributePaths = "lignes")
    @Query("SELECT c FROM CandidatureDaect c WHERE c.id = :id")
    Optional<CandidatureDaect> findWithLignes(long id);
}
