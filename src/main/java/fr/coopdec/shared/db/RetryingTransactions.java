package fr.coopdec.shared.db;

import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs a unit of work in its own READ COMMITTED transaction and runs it again, from the start, when it
 * lost a genuine race: an optimistic-lock conflict, a deadlock or lock-wait timeout, or a unique key
 * another transaction filled first. READ COMMITTED so that whatever the work reads after taking its
 * lock is the latest committed state (under REPEATABLE READ, a read before the lock would pin an
 * older snapshot). Inside a caller's transaction it runs once: only the outermost transaction can
 * be retried.
 */
@Component
public class RetryingTransactions {

    private static final Logger log = LoggerFactory.getLogger(RetryingTransactions.class);
    static final int ATTEMPTS = 5;

    private final TransactionTemplate template;

    public RetryingTransactions(PlatformTransactionManager transactions) {
        this.template = new TransactionTemplate(transactions);
        this.template.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
    }

    public <T> T run(Supplier<T> work) {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            return work.get();
        }
        for (int attempt = 1; ; attempt++) {
            try {
                return template.execute(status -> work.get());
            } catch (ConcurrencyFailureException | DataIntegrityViolationException e) {
                if (attempt >= ATTEMPTS || (e instanceof DataIntegrityViolationException && !isUniqueKey(e))) {
                    throw e;
                }
                log.debug(
                        "Transaction lost a race ({}), attempt {} of {}",
                        e.getClass().getSimpleName(),
                        attempt,
                        ATTEMPTS);
                pause(attempt);
            }
        }
    }

    public void run(Runnable work) {
        run(() -> {
            work.run();
            return null;
        });
    }

    private static boolean isUniqueKey(Exception e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLIntegrityConstraintViolationException s && s.getErrorCode() == 1062) {
                return true;
            }
        }
        return e instanceof org.springframework.dao.DuplicateKeyException;
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(1, 5L << attempt));
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }
}
