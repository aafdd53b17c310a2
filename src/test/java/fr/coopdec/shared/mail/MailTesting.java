package fr.coopdec.shared.mail;

import com.icegreen.greenmail.user.MessageDeliveryHandler;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The real {@link MailDispatcher} sending the shared test context's outbox through a real SMTP server
 * (GreenMail in the test JVM): the test context itself has no SMTP server, as in demo mode, so no
 * dispatcher runs unless a test starts one. {@link #parkOthers} first puts off the mails other tests
 * left waiting, so that a test sends only its own.
 */
public final class MailTesting {

    private MailTesting() {}

    /** Short timeouts and delays, so that a test sees retries within a second (3 attempts: failed within about a second). */
    public static MailDispatchSettings fast() {
        return new MailDispatchSettings(
                true,
                Duration.ofMillis(700),
                2,
                10,
                Duration.ofSeconds(30),
                Duration.ofMillis(50),
                3,
                Duration.ofMillis(100),
                Duration.ofMillis(400));
    }

    /** The same, but retrying for a long while (50 attempts, at most 300 ms apart): for a server that comes back. */
    public static MailDispatchSettings patient() {
        return new MailDispatchSettings(
                true,
                Duration.ofMillis(700),
                2,
                10,
                Duration.ofSeconds(30),
                Duration.ofMillis(50),
                50,
                Duration.ofMillis(100),
                Duration.ofMillis(300));
    }

    public static MailDispatcher dispatcher(ApplicationContext context, int port, MailDispatchSettings settings) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(port);
        sender.setDefaultEncoding("UTF-8");
        return new MailDispatcher(
                context.getBean(JdbcTemplate.class),
                context.getBean(PlatformTransactionManager.class),
                sender,
                context.getBean(MailService.class),
                settings,
                "noreply@coopdec.fr",
                Clock.systemUTC());
    }

    /**
     * A {@link MailService} whose mails are sent to that SMTP server synchronously, right after the
     * writing transaction commits (by the real dispatcher, other tests' waiting mails put off first):
     * a test can look at the server as soon as its transaction has returned.
     */
    public static MailService smtp(ApplicationContext context, String host, int port) {
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        List<Long> written = new CopyOnWriteArrayList<>();
        MailService service = new MailService(context.getBean(MailSortantRepository.class), jdbc) {
            @Override
            public MailSortant send(String to, String subject, String body, String reference) {
                MailSortant mail = super.send(to, subject, body, reference);
                written.add(mail.getId());
                return mail;
            }
        };
        MailDispatcher dispatcher = dispatcher(context, port, fast());
        service.onMailWritten(() -> {
            String mine = written.stream().map(String::valueOf).collect(Collectors.joining(","));
            jdbc.update("UPDATE mail_sortant SET prochain_essai = CASE WHEN id IN (" + mine
                    + ") THEN NULL ELSE '2999-01-01' END" + " WHERE statut = 'A_ENVOYER'");
            while (dispatcher.dispatchOnce() > 0) {
                // until this service's mails are out
            }
        });
        return service;
    }

    /** Mails other tests left waiting are not due before 2999 (this test's new mails are). */
    public static void parkOthers(ApplicationContext context) {
        context.getBean(JdbcTemplate.class)
                .update("UPDATE mail_sortant SET prochain_essai = '2999-01-01'"
                        + " WHERE statut = 'A_ENVOYER' AND (prochain_essai IS NULL OR prochain_essai < '2999-01-01')");
    }

    /**
     * A real SMTP server on that port (0: any free one) that accepts no mail before {@code gate} opens,
     * then takes {@code delay} to accept each: a slow or held-back server.
     */
    public static GreenMail smtpServer(int port, Duration delay, CountDownLatch gate) {
        return smtpServer(port, delay::toMillis, gate, !delay.isZero() || gate.getCount() > 0);
    }

    /** The same with a delay that may change while the server runs (milliseconds, read at each mail). */
    public static GreenMail smtpServer(int port, java.util.function.LongSupplier delayMillis, CountDownLatch gate) {
        return smtpServer(port, delayMillis, gate, true);
    }

    private static GreenMail smtpServer(
            int port, java.util.function.LongSupplier delayMillis, CountDownLatch gate, boolean slow) {
        GreenMail smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        if (slow) {
            MessageDeliveryHandler deliver = smtp.getUserManager().getMessageDeliveryHandler();
            smtp.getUserManager().setMessageDeliveryHandler((message, address) -> {
                try {
                    gate.await();
                    Thread.sleep(delayMillis.getAsLong());
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                }
                return deliver.handle(message, address);
            });
        }
        return smtp;
    }

    public static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    public static String recipient(MimeMessage m) {
        try {
            return m.getAllRecipients()[0].toString();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static void await(Duration timeout, BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("condition not met within " + timeout);
            }
            Thread.sleep(20);
        }
    }
}
