package fr.coopdec.referential;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PaysCategorieCadRepository extends JpaRepository<PaysCategorieCad, Long> {

    Optional<PaysCategorieCad> findFirstByPaysCodeAlpha2AndDateEffetLessThanEqualOrderByDateEffetDesc(
            String alpha2, LocalDate date);

    Optional<PaysCategorieCad> findFirstByPaysCodeAlpha2OrderByDateEffetAsc(String alpha2);

    List<PaysCategorieCad> findByPaysCodeAlpha2OrderByDateEffetAsc(String alpha2);

    boolean existsByPaysAndDateEffet(Pays pays, LocalDate dateEffet);

    boolean existsByPays(Pays pays);

    @Query("select r from PaysCategorieCad r join fetch r.pays")
    List<PaysCategorieCad> findAllWithPays();
}
