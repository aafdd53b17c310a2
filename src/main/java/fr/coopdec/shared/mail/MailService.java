package fr.coopdec.shared.mail;

import fr.coopdec.shared.TranslationProvider;
import fr.coopdec.shared.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The application's e-mails (Atlas reminders, Bourse, PACT3, Assises notices) through a transactional
 * outbox: {@link #send} only writes a row of {@code mail_sortant} in the caller's transaction, so a
 * rolled-back operation sends nothing and no business transaction ever waits for SMTP. After commit
 * the {@link MailDispatcher} (running only when {@code spring.mail.host} is configured) is woken up
 * and sends it outside any lock, retrying with back-off; without SMTP (demo, dev) mails stay in the
 * outbox, waiting. Nothing here logs addresses or names.
 */
@Service
public class MailService {

    private final MailSortantRepository outbox;
    private final JdbcTemplate jdbc;
    private final List<Runnable> dispatchers = new CopyOnWriteArrayList<>();

    MailService(MailSortantRepository outbox, JdbcTemplate jdbc) {
        this.outbox = outbox;
        this.jdbc = jdbc;
    }

    /** Writes the mail to the outbox; it is sent after the caller's transaction commits. */
    @Transactional
    public MailSortant send(String to, String subject, String body) {
        return send(to, subject, body, null);
    }

    /** The same, tied to what it is about ({@code reference}, e.g. {@code assises-evenement:42}) for the failed-mail lists. */
    @Transactional
    public MailSortant send(String to, String subject, String body, String reference) {
        MailSortant mail = outbox.save(new MailSortant(to, subject, body, reference));
        wakeDispatchersAfterCommit();
        return mail;
    }

    /** The same with French texts from the translation bundle ({@code mail.*} or a module's keys). */
    @Transactional
    public MailSortant sendTranslated(String to, String subjectKey, String bodyKey, Object... arguments) {
        return send(
                to,
                TranslationProvider.translate(subjectKey, TranslationProvider.FRENCH, arguments),
                TranslationProvider.translate(bodyKey, TranslationProvider.FRENCH, arguments)
                        + TranslationProvider.translate("mail.signature", TranslationProvider.FRENCH));
    }

    /** DAECT puts a failed mail back in the queue (all attempts again); false if it was not failed. */
    @RolesAllowed(Roles.ADMIN)
    public boolean resend(long mailId) {
        return requeue(mailId, null);
    }

    /**
     * Puts a failed mail about {@code reference} back in the queue; false if there is no such failed mail.
     * The caller (a module's secured service) has checked the user may act on that reference.
     */
    public boolean resend(long mailId, String reference) {
        return requeue(mailId, reference);
    }

    /** The failed mails about {@code reference}, newest first. */
    @Transactional(readOnly = true)
    public List<MailSortant> failed(String reference) {
        return outbox.findByReferenceAndStatutOrderByIdDesc(reference, StatutMail.ECHEC);
    }

    private boolean requeue(long mailId, String reference) {
        int updated = jdbc.update(
                "UPDATE mail_sortant SET statut = 'A_ENVOYER', tentatives = 0, prochain_essai = NULL,"
                        + " reserve_par = NULL, reserve_jusqu_a = NULL, version = version + 1 WHERE id = ? AND statut = 'ECHEC'"
                        + (reference == null ? "" : " AND reference = ?"),
                reference == null ? new Object[] {mailId} : new Object[] {mailId, reference});
        wakeDispatchersAfterCommit();
        return updated == 1;
    }

    /** A dispatcher asks to be woken up when mails are written (after the writing transaction commits). */
    void onMailWritten(Runnable wakeUp) {
        dispatchers.add(wakeUp);
    }

    void stopWaking(Runnable wakeUp) {
        dispatchers.remove(wakeUp);
    }

    private void wakeDispatchersAfterCommit() {
        if (dispatchers.isEmpty()) {
            return;
        }
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    dispatchers.forEach(Runnable::run);
                }
            });
        } else {
            dispatchers.forEach(Runnable::run);
        }
    }
}
