package fr.coopdec.bourse;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * At most N sheets per hour from one IP address (token bucket, in memory: one application instance).
 * The map is cleared when it grows large, which at worst gives a flooding address a fresh bucket.
 */
@Component
class LimiteurSoumissions {

    private static final int MAX_ADRESSES = 10_000;

    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final int parHeure;

    LimiteurSoumissions(@Value("${coopdec.bourse.soumissions-par-heure:5}") int parHeure) {
        this.parHeure = parHeure;
    }

    boolean autorise(String ip) {
        if (buckets.size() > MAX_ADRESSES) {
            buckets.clear();
        }
        return buckets.computeIfAbsent(ip == null ? "?" : ip, k -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(parHeure).refillGreedy(parHeure, Duration.ofHours(1)).build())
                .build()).tryConsume(1);
    }
}
