package fr.coopdec.bourse;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The Bourse's scheduled jobs: nightly expiry and reminders, weekly digest to the posts. Each runs on
 * one application server only (ShedLock, see {@code shared.scheduling}); tests call the services.
 */
@Component
class BourseJobs {

    private final ExpirationService expiration;
    private final DigestService digest;

    BourseJobs(ExpirationService expiration, DigestService digest) {
        this.expiration = expiration;
        this.digest = digest;
    }

    @Scheduled(cron = "${coopdec.bourse.expiration-cron:0 30 3 * * *}")
    @SchedulerLock(name = "bourse-expiration")
    public void expiration() {
        expiration.executer();
    }

    @Scheduled(cron = "${coopdec.bourse.digest-cron:0 0 7 * * MON}")
    @SchedulerLock(name = "bourse-digest")
    public void digest() {
        digest.envoyerDigestHebdomadaire();
    }
}
