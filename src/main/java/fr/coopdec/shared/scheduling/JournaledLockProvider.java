package fr.coopdec.shared.scheduling;

import java.time.Duration;
import java.util.Optional;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;

/**
 * ShedLock's JDBC lock provider, journaled: ShedLock runs a job exactly when its lock is taken, so the
 * lock taken is the run's start and its release (after the job, success or not) the run's end.
 */
class JournaledLockProvider implements LockProvider {

    private final LockProvider delegate;
    private final JobJournal journal;

    JournaledLockProvider(LockProvider delegate, JobJournal journal) {
        this.delegate = delegate;
        this.journal = journal;
    }

    @Override
    public Optional<SimpleLock> lock(LockConfiguration configuration) {
        String job = configuration.getName();
        Optional<SimpleLock> lock = delegate.lock(configuration);
        if (lock.isEmpty()) {
            journal.skipped(job);
            return lock;
        }
        long start = System.nanoTime();
        long id = journal.started(job);
        return Optional.of(new JournaledLock(lock.get(), job, id, start));
    }

    private final class JournaledLock implements SimpleLock {

        private final SimpleLock lock;
        private final String job;
        private final long id;
        private final long start;

        JournaledLock(SimpleLock lock, String job, long id, long start) {
            this.lock = lock;
            this.job = job;
            this.id = id;
            this.start = start;
        }

        @Override
        public void unlock() {
            try {
                journal.finished(job, id, start);
            } finally {
                lock.unlock();
            }
        }

        @Override
        public Optional<SimpleLock> extend(Duration lockAtMostFor, Duration lockAtLeastFor) {
            return lock.extend(lockAtMostFor, lockAtLeastFor)
                    .map(extended -> new JournaledLock(extended, job, id, start));
        }
    }
}
