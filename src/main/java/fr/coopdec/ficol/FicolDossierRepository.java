package fr.coopdec.ficol;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface FicolDossierRepository extends JpaRepository<FicolDossier, Long>, JpaSpecificationExecutor<FicolDossier> {

    @Query("select d from FicolDossier d left join fetch d.lignes where d.id = :id")
    Optional<FicolDossier> findWithLignes(long id);

    /** Earlier files of the authority (as lead or member) whose final report is overdue on that date. */
    @Query(
            """
            select distinct d from FicolDossier d left join d.membres m
            where (d.chefDeFile.id = :collectiviteId or m.id = :collectiviteId) and d.id <> :exceptId
              and d.rapportFinalRecuLe is null and d.echeanceRapportFinal < :limite""")
    List<FicolDossier> findRapportFinalEnRetard(long collectiviteId, long exceptId, LocalDate limite);

    boolean existsByIntitule(String intitule);
}
