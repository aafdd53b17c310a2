package fr.coopdec.referential;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ReferentialImportRepository extends JpaRepository<ReferentialImport, Long> {

    Optional<ReferentialImport> findFirstBySourceOrderByIdDesc(String source);
}
