package fr.coopdec.shared.mail;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface MailSortantRepository extends JpaRepository<MailSortant, Long> {

    List<MailSortant> findByDestinataireOrderByIdAsc(String destinataire);

    List<MailSortant> findByReferenceAndStatutOrderByIdDesc(String reference, StatutMail statut);
}
