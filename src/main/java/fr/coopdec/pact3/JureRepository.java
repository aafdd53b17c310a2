package fr.coopdec.pact3;

import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface JureRepository extends JpaRepository<Jure, Long> {

    @Query("select j from Jure j where j.utilisateurId = :userId order by j.candidature.appel.annee desc, j.id")
    Page<Jure> findByUtilisateur(long userId, Pageable pageable);

    @Query("select j from Jure j where j.candidature.id = :candidatureId order by j.email")
    List<Jure> findByCandidature(long candidatureId);

    @Query("select j from Jure j where j.candidature.appel.id = :appelId")
    List<Jure> findByAppel(long appelId);

    boolean existsByCandidatureIdAndUtilisateurId(long candidatureId, long utilisateurId);

    boolean existsByUtilisateurId(long utilisateurId);
}
