package fr.coopdec.pact3;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AppelPact3Repository extends JpaRepository<Appel, Long> {

    @Query("select a from Appel a where a.dateOuverture <= :today and a.dateCloture >= :today order by a.dateCloture")
    List<Appel> findOuverts(LocalDate today);
}
