package fr.coopdec.shared.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.net.InetAddress;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the outbox. Each round claims up to {@code batch} due rows with one conditional UPDATE
 * ({@code reserve_par} = a token unique to this round, {@code reserve_jusqu_a} = now + claim): the
 * database grants each row to one claimer only, so any number of threads and application servers can
 * run this, under any scheduler or none, and a row is sent by one of them. Claims expire, so a server
 * that dies mid-round does not hold its rows forever. Sending happens after the claim has committed,
 * outside any transaction or lock, with SMTP timeouts; the result is written only if the claim is
 * still ours. A failure schedules a retry with doubled delay; after the last attempt the row is ECHEC.
 * Threads wait for a wake-up from {@link MailService} (after the writing transaction commits) or the
 * poll interval. Delivery is at least once: a server that dies between the SMTP server's acceptance
 * and the UPDATE leaves a row that is sent again when its claim expires.
 */
public class MailDispatcher implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(MailDispatcher.class);
    private static final Pattern EMAIL = Pattern.compile("[^\\s<>\"'(),;:]+@[^\\s<>\"'(),;:]+");

    private final JdbcTemplate jdbc;
    private final TransactionTemplate claims;
    private final JavaMailSender sender;
    private final MailService mailService;
    private final MailDispatchSettings settings;
    private final String from;
    private final Clock clock;
    private final String instance;
    private final AtomicLong rounds = new AtomicLong();
    private final Object signal = new Object();
    private final Runnable wakeUp = this::wakeUp;
    private final List<Thread> threads = new ArrayList<>();
    private long wakeUps;
    private volatile boolean running;

    public MailDispatcher(
            JdbcTemplate jdbc,
            PlatformTransactionManager transactions,
            JavaMailSender sender,
            MailService mailService,
            MailDispatchSettings settings,
            String from,
            Clock clock) {
        this.jdbc = jdbc;
        this.claims = new TransactionTemplate(transactions);
        this.claims.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
        this.claims.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.sender = sender;
        this.mailService = mailService;
        this.settings = settings;
        this.from = from;
        this.clock = clock;
        this.instance = hostName() + "/" + UUID.randomUUID().toString().substring(0, 8);
        if (sender instanceof JavaMailSenderImpl impl) {
            Properties p = impl.getJavaMailProperties();
            String millis = String.valueOf(settings.timeout().toMillis());
            for (String key : List.of("mail.smtp.connectiontimeout", "mail.smtp.timeout", "mail.smtp.writetimeout")) {
                p.putIfAbsent(key, millis);
            }
        }
    }

    /** One round: claims due rows, sends them, records the outcome; returns how many were claimed. */
    public int dispatchOnce() {
        String claim = instance + "#" + rounds.incrementAndGet();
        LocalDateTime now = now();
        Integer claimed = claims.execute(s -> jdbc.update(
                "UPDATE mail_sortant SET reserve_par = ?, reserve_jusqu_a = ?,"
                        + " version = version + 1 WHERE statut = 'A_ENVOYER' AND (prochain_essai IS NULL OR prochain_essai <= ?)"
                        + " AND (reserve_jusqu_a IS NULL OR reserve_jusqu_a < ?) ORDER BY id LIMIT ?",
                claim,
                now.plus(settings.claim()),
                now,
                now,
                settings.batch()));
        if (claimed == null || claimed == 0) {
            return 0;
        }
        List<Row> rows = jdbc.query(
                "SELECT id, destinataire, sujet, corps, tentatives FROM mail_sortant WHERE reserve_par = ?"
                        + " ORDER BY id",
                (rs, n) -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5)),
                claim);
        for (Row row : rows) {
            deliver(row, claim);
        }
        return rows.size();
    }

    private void deliver(Row row, String claim) {
        try {
            MimeMessage message = sender.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, "UTF-8");
            helper.setFrom(from);
            helper.setTo(row.to());
            helper.setSubject(row.subject());
            helper.setText(row.body());
            sender.send(message);
        } catch (MessagingException | MailPreparationException e) {
            failed(row, claim, e, true);
            return;
        } catch (RuntimeException e) {
            failed(row, claim, e, false);
            return;
        }
        LocalDateTime now = now();
        if (jdbc.update(
                        "UPDATE mail_sortant SET statut = 'ENVOYE', sent_at = ?, erreur = NULL, tentatives = tentatives + 1,"
                                + " prochain_essai = NULL, reserve_par = NULL, reserve_jusqu_a = NULL, version = version + 1, updated_at = ?"
                                + " WHERE id = ? AND reserve_par = ?",
                        now,
                        now,
                        row.id(),
                        claim)
                == 0) {
            log.warn("Mail {} was sent after its claim expired; another server may send it again", row.id());
        }
    }

    private void failed(Row row, String claim, Exception e, boolean permanent) {
        int attempts = row.attempts() + 1;
        boolean last = permanent || attempts >= settings.attempts();
        String error = redact(e);
        LocalDateTime now = now();
        jdbc.update(
                "UPDATE mail_sortant SET statut = ?, erreur = ?, tentatives = ?, prochain_essai = ?, reserve_par = NULL,"
                        + " reserve_jusqu_a = NULL, version = version + 1, updated_at = ? WHERE id = ? AND reserve_par = ?",
                last ? StatutMail.ECHEC.name() : StatutMail.A_ENVOYER.name(),
                error.substring(0, Math.min(error.length(), 1000)),
                attempts,
                last ? null : now.plus(settings.delayAfter(attempts)),
                now,
                row.id(),
                claim);
        if (last) {
            log.warn("Mail {} failed for good after {} attempt(s): {}", row.id(), attempts, error);
        } else {
            log.info(
                    "Mail {} not sent (attempt {} of {}), retried in {}: {}",
                    row.id(),
                    attempts,
                    settings.attempts(),
                    settings.delayAfter(attempts),
                    error);
        }
    }

    /** The error without any e-mail address (SMTP servers quote the refused recipient). */
    static String redact(Throwable e) {
        StringBuilder text = new StringBuilder(e.getClass().getSimpleName());
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t.getMessage() != null) {
                text.append(t == e ? ": " : " / ").append(t.getMessage());
            }
        }
        return EMAIL.matcher(text).replaceAll("<adresse>");
    }

    /** Wakes the sending threads (after a transaction that wrote mails committed). */
    public void wakeUp() {
        synchronized (signal) {
            wakeUps++;
            signal.notifyAll();
        }
    }

    private void loop() {
        while (running) {
            long seen;
            synchronized (signal) {
                seen = wakeUps;
            }
            int sent;
            try {
                sent = dispatchOnce();
            } catch (RuntimeException e) {
                log.warn("Outbox round failed: {}", redact(e));
                sent = 0;
            }
            if (sent == 0) {
                synchronized (signal) {
                    if (running && wakeUps == seen) {
                        try {
                            signal.wait(settings.poll().toMillis());
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                            return;
                        }
                    }
                }
            }
        }
    }

    @Override
    public void start() {
        if (running) {
            return;
        }
        running = true;
        mailService.onMailWritten(wakeUp);
        for (int i = 0; i < settings.threads(); i++) {
            Thread t = new Thread(this::loop, "mail-dispatch-" + (i + 1));
            t.setDaemon(true);
            threads.add(t);
            t.start();
        }
    }

    @Override
    public void stop() {
        running = false;
        mailService.stopWaking(wakeUp);
        wakeUp();
        for (Thread t : threads) {
            try {
                t.join(settings.timeout().toMillis() * 3);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        threads.clear();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private LocalDateTime now() {
        return LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (java.io.IOException e) {
            return "server";
        }
    }

    private record Row(long id, String to, String subject, String body, int attempts) {}
}
