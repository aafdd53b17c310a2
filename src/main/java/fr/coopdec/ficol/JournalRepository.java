package fr.coopdec.ficol;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface JournalRepository extends JpaRepository<JournalEntry, Long> {

    List<JournalEntry> findByDossierIdOrderByQuandDescIdDesc(Long dossierId);

    boolean existsByDossierIdAndAction(Long dossierId, String action);
}
