package fr.coopdec.jeunesse;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ProjetRepository extends JpaRepository<ProjetJeunesse, Long> {

    List<ProjetJeunesse> findByAppelIdOrderByIntituleAsc(long appelId);

    List<ProjetJeunesse> findAllByOrderByIdDesc();
}
