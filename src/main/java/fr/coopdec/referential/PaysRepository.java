package fr.coopdec.referential;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface PaysRepository extends JpaRepository<Pays, Long> {

    Optional<Pays> findByCodeAlpha2(String codeAlpha2);

    List<Pays> findAllByOrderByNomFrAsc();

    @Query(
            """
            select p from Pays p
            where (:text is null or p.searchText like :text)
              and (:zone is null or p.zone = :zone)
              and (:categorie is null or p.categorieCad = :categorie)
            """)
    Page<Pays> search(
            @Param("text") String text,
            @Param("zone") ZoneMonde zone,
            @Param("categorie") CategorieCad categorie,
            Pageable pageable);
}
