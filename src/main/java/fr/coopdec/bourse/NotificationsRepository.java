package fr.coopdec.bourse;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface NotificationsRepository extends JpaRepository<NotificationPoste, Long> {
    @Query("select n from NotificationPoste n where n.pays.id = :paysId order by n.id desc")
    Page<NotificationPoste> duPays(@Param("paysId") long paysId, Pageable pageable);

    @Query("select count(n) from NotificationPoste n where n.pays.id = :paysId and n.lue = false")
    long nonLues(@Param("paysId") long paysId);
}
