package fr.coopdec.referential;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ThematiqueRepository extends JpaRepository<Thematique, Long> {

    Optional<Thematique> findByCode(String code);

    List<Thematique> findAllByOrderByLibelleFrAsc();

    @Query("select t from Thematique t where (:text is null or t.searchText like :text)")
    Page<Thematique> search(@Param("text") String text, Pageable pageable);
}
