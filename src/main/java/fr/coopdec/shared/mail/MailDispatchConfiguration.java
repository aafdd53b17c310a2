package fr.coopdec.shared.mail;

import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The outbox dispatcher runs only where an SMTP server is configured ({@code spring.mail.host}: Spring
 * Boot then provides the {@link JavaMailSender}) and {@code coopdec.mail.dispatch.enabled} is not false.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MailDispatchSettings.class)
class MailDispatchConfiguration {

    @Bean
    MailDispatcherHolder mailDispatcher(
            ObjectProvider<JavaMailSender> sender,
            JdbcTemplate jdbc,
            PlatformTransactionManager transactions,
            MailService mailService,
            MailDispatchSettings settings,
            Clock clock,
            @Value("${coopdec.mail.from:noreply@coopdec.fr}") String from) {
        JavaMailSender smtp = sender.getIfAvailable();
        return new MailDispatcherHolder(
                smtp == null || !settings.enabled()
                        ? null
                        : new MailDispatcher(jdbc, transactions, smtp, mailService, settings, from, clock));
    }
}
