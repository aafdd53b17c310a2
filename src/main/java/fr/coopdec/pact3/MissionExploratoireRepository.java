package fr.coopdec.pact3;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MissionExploratoireRepository extends JpaRepository<MissionExploratoire, Long> {

    /** Scope in the query: a null authority (DAECT) sees every mission. */
    @Query("select m from MissionExploratoire m where (:cf is null or m.candidature.collectiviteFrancaiseId = :cf)"
            + " and (:pays is null or m.paysCode = :pays) order by m.id desc")
    Page<MissionExploratoire> findInScope(Long cf, String pays, Pageable pageable);
}
