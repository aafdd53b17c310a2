package fr.coopdec.referential;

import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface CollectivitePartenaireRepository extends JpaRepository<CollectivitePartenaire, Long> {

    Optional<CollectivitePartenaire> findByPaysAndNiveauAndNomIgnoreCase(
            Pays pays, NiveauCollectivitePartenaire niveau, String nom);

    Optional<CollectivitePartenaire> findFirstByPaysAndCodeOfficielIgnoreCase(Pays pays, String codeOfficiel);

    @EntityGraph(attributePaths = {"pays", "parent"})
    Optional<CollectivitePartenaire> findWithPaysById(Long id);

    @EntityGraph(attributePaths = {"pays", "parent"})
    @Query(
            """
            select c from CollectivitePartenaire c
            where (:text is null or c.searchText like :text)
              and (:paysId is null or c.pays.id = :paysId)
              and (:niveau is null or c.niveau = :niveau)
            """)
    Page<CollectivitePartenaire> search(
            @Param("text") String text,
            @Param("paysId") Long paysId,
            @Param("niveau") NiveauCollectivitePartenaire niveau,
            Pageable pageable);
}
