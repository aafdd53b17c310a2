package fr.coopdec.jeunesse;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface MissionRepository extends JpaRepository<Mission, Long> {

    @Query(
            """
            select m from Mission m join m.volontaire v
             where (:tout = true or m.collectiviteFrancaise.id = :cf or m.collectivitePartenaire.id = :cp or m.pays.id = :pays)
               and (:direction is null or m.direction = :direction)
               and (:statut is null or m.statut = :statut)
               and (:paysFiltre is null or m.pays.id = :paysFiltre)
               and (:texte is null or lower(m.ville) like :texte or lower(v.nom) like :texte or lower(v.prenom) like :texte)
            """)
    Page<Mission> search(
            @Param("tout") boolean tout,
            @Param("cf") long cf,
            @Param("cp") long cp,
            @Param("pays") long pays,
            @Param("direction") Direction direction,
            @Param("statut") StatutMission statut,
            @Param("texte") String texte,
            @Param("paysFiltre") Long paysFiltre,
            Pageable pageable);

    List<Mission> findByVolontaireIdOrderByDateDebutAsc(long volontaireId);

    @Query(
            """
            select count(m) from Mission m where m.volontaire.id = :volontaire and m.id <> :id
               and m.dateDebut <= :fin and m.dateFin >= :debut
            """)
    long chevauchements(
            @Param("volontaire") long volontaire,
            @Param("id") long id,
            @Param("debut") LocalDate debut,
            @Param("fin") LocalDate fin);
}
