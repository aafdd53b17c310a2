package fr.coopdec.atlas;

import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PartenariatRepository extends JpaRepository<Partenariat, Long> {

    @EntityGraph(attributePaths = {"pays", "collectivitesFrancaises", "collectivitesPartenaires", "thematiques"})
    @Query("select p from Partenariat p where p.id = :id")
    Optional<Partenariat> findWithLinks(long id);
}
