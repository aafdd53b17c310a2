package fr.coopdec.assises;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface InscriptionRepository extends JpaRepository<Inscription, Long> {

    Optional<Inscription> findByJeton(String jeton);

    @Query("select i.evenement.id from Inscription i where i.jeton = :jeton")
    Optional<Long> evenementIdParJeton(@Param("jeton") String jeton);

    @Query("select i.evenement.id from Inscription i where i.id = :id")
    Optional<Long> evenementIdParId(@Param("id") long id);

    /** The active registrations of these normalised e-mails (the unique key's column, see the changelog). */
    List<Inscription> findByEvenementIdAndEmailActifIn(long evenementId, Collection<String> emailsNormalises);

    Optional<Inscription> findByBadgeJeton(String badgeJeton);

    Optional<Inscription> findFirstByEvenementIdAndStatutOrderByIdAsc(long evenementId, StatutInscription statut);

    long countByEvenementIdAndStatut(long evenementId, StatutInscription statut);

    String FILTRE = " from Inscription i where i.evenement.id = :evt"
            + " and (:texte is null or lower(i.nom) like :texte or lower(i.prenom) like :texte"
            + " or lower(i.organisation) like :texte or lower(i.email) like :texte or i.badgeJeton = :jeton)"
            + " and (:categorie is null or i.categorie = :categorie)"
            + " and (:statut is null or i.statut = :statut)";

    @Query(value = "select i" + FILTRE, countQuery = "select count(i)" + FILTRE)
    Page<Inscription> search(
            @Param("evt") long evenementId,
            @Param("texte") String texte,
            @Param("jeton") String jeton,
            @Param("categorie") CategorieParticipant categorie,
            @Param("statut") StatutInscription statut,
            Pageable pageable);

    @Query(
            "select i from Inscription i where i.evenement.id = :evt and i.statut in :statuts order by i.nom, i.prenom, i.id")
    List<Inscription> findForExport(
            @Param("evt") long evenementId, @Param("statuts") Collection<StatutInscription> statuts);

    @Query("select i.categorie, count(i) from Inscription i where i.evenement.id = :evt and i.statut = :statut"
            + " group by i.categorie order by i.categorie")
    List<Object[]> countByCategorie(@Param("evt") long evenementId, @Param("statut") StatutInscription statut);
}
