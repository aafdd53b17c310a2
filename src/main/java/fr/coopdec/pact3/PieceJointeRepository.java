package fr.coopdec.pact3;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PieceJointeRepository extends JpaRepository<PieceJointe, Long> {

    @Query("select new fr.coopdec.pact3.PieceJointeInfo(p.id, p.nomFichier, p.typeMime, p.taille)"
            + " from PieceJointe p where p.candidatureId = :id order by p.id")
    List<PieceJointeInfo> findInfosByCandidature(long id);

    @Query("select new fr.coopdec.pact3.PieceJointeInfo(p.id, p.nomFichier, p.typeMime, p.taille)"
            + " from PieceJointe p where p.missionId = :id order by p.id")
    List<PieceJointeInfo> findInfosByMission(long id);
}
