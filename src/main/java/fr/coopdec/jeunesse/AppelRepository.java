package fr.coopdec.jeunesse;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface AppelRepository extends JpaRepository<AppelJeunesse, Long> {

    List<AppelJeunesse> findAllByOrderByAnneeDescIdDesc();
}
