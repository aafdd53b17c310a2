package fr.coopdec.jeunesse;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** The nightly anonymisation of volunteers past the retention period, on one application server only. */
@Component
class JeunesseJobs {

    private final AnonymisationService anonymisation;

    JeunesseJobs(AnonymisationService anonymisation) {
        this.anonymisation = anonymisation;
    }

    @Scheduled(cron = "${coopdec.jeunesse.anonymisation-cron:0 15 3 * * *}")
    @SchedulerLock(name = "jeunesse-anonymisation")
    public void anonymisation() {
        anonymisation.nightly();
    }
}
