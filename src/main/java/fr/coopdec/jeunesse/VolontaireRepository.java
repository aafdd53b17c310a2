package fr.coopdec.jeunesse;

import jakarta.persistence.LockModeType;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface VolontaireRepository extends JpaRepository<Volontaire, Long> {

    @Query(
            """
            select v from Volontaire v where (:tout = true or exists (select 1 from Mission m where m.volontaire = v
                and (m.collectiviteFrancaise.id = :cf or m.collectivitePartenaire.id = :cp or m.pays.id = :pays)))
              and (:texte is null or lower(v.nom) like :texte or lower(v.prenom) like :texte or lower(v.email) like :texte)
            """)
    Page<Volontaire> search(
            @Param("tout") boolean tout,
            @Param("cf") long cf,
            @Param("cp") long cp,
            @Param("pays") long pays,
            @Param("texte") String texte,
            Pageable pageable);

    /** Locks the volunteer while one of its placements is checked for overlaps and saved. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select v from Volontaire v where v.id = :id")
    Optional<Volontaire> findLocked(@Param("id") long id);

    /** Volunteers whose last placement (or, without any, their consent) ended before {@code limite}. */
    @Query(
            """
            select v.id from Volontaire v where v.anonymiseLe is null
              and coalesce((select max(m.dateFin) from Mission m where m.volontaire = v), v.consentementLe) < :limite
            """)
    List<Long> echus(@Param("limite") LocalDate limite);
}
