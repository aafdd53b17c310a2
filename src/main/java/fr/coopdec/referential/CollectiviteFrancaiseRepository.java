package fr.coopdec.referential;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface CollectiviteFrancaiseRepository extends JpaRepository<CollectiviteFrancaise, Long> {

    Optional<CollectiviteFrancaise> findByTypeAndCode(TypeCollectiviteFrancaise type, String code);

    long countByType(TypeCollectiviteFrancaise type);

    long countByTypeIn(Collection<TypeCollectiviteFrancaise> types);

    Optional<CollectiviteFrancaise> findFirstByTypeInAndCode(Collection<TypeCollectiviteFrancaise> types, String code);

    boolean existsByTypeInAndSiren(Collection<TypeCollectiviteFrancaise> types, String siren);

    @Query(
            value = "select c from CollectiviteFrancaise c where c.type in :types",
            countQuery = "select count(c) from CollectiviteFrancaise c where c.type in :types")
    Page<CollectiviteFrancaise> findByTypeIn(
            @Param("types") Collection<TypeCollectiviteFrancaise> types, Pageable pageable);

    List<CollectiviteFrancaise> findByTypeAndCodeIn(TypeCollectiviteFrancaise type, Collection<String> codes);

    @Query(
            """
            select c from CollectiviteFrancaise c
            where (:text is null or c.searchText like :text)
              and (:type is null or c.type = :type)
              and (:region is null or c.regionCode = :region)
              and (:departement is null or c.departementCode = :departement)
            """)
    Page<CollectiviteFrancaise> search(
            @Param("text") String text,
            @Param("type") TypeCollectiviteFrancaise type,
            @Param("region") String regionCode,
            @Param("departement") String departementCode,
            Pageable pageable);
}
