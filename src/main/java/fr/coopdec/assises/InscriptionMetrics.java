package fr.coopdec.assises;

import fr.coopdec.shared.ops.DatabaseGauges;
import io.micrometer.core.instrument.Tags;
import org.springframework.stereotype.Component;

/** {@code coopdec.assises.inscriptions{statut}}: registrations of every event by status, for the operators. */
@Component
class InscriptionMetrics {

    InscriptionMetrics(DatabaseGauges gauges) {
        for (StatutInscription statut : StatutInscription.values()) {
            gauges.count(
                    "coopdec.assises.inscriptions",
                    "Registrations of every event, by status",
                    Tags.of("statut", statut.name()),
                    "SELECT COUNT(*) FROM assises_inscription WHERE statut = ?",
                    statut.name());
        }
    }
}
