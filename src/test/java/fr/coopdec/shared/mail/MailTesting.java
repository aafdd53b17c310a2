package fr.coopdec.shared.mail;

import java.time.Clock;
import java.util.Optional;
import org.springframework.context.ApplicationContext;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * A {@link MailService} sending through a real SMTP server (GreenMail in the test JVM) on the shared
 * test context's outbox: the test context itself has no SMTP server, as in demo mode.
 */
public final class MailTesting {

    private MailTesting() {
    }

    public static MailService smtp(ApplicationContext context, String host, int port) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost(host);
        sender.setPort(port);
        sender.setDefaultEncoding("UTF-8");
        return new MailService(context.getBean(MailSortantRepository.class), Optional.of(sender),
                "noreply@coopdec.fr", Clock.systemUTC());
    }
}
