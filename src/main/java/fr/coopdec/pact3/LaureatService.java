package fr.coopdec.pact3;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** PACT3 laureates (label still valid), public like the Atlas. */
@Service
public class LaureatService {

    private final CandidatureRepository candidatures;
    private final Clock clock;

    LaureatService(CandidatureRepository candidatures, Clock clock) {
        this.candidatures = candidatures;
        this.clock = clock;
    }

    /** Laureates, optionally only those with that know-how theme. */
    @Transactional(readOnly = true)
    public Page<Candidature> laureats(String themeCode, Pageable pageable) {
        boolean noTheme = themeCode == null || themeCode.isBlank();
        return candidatures.findLaureats(
                LocalDate.now(clock), noTheme, noTheme ? Set.of("") : Set.of(themeCode), pageable);
    }

    /**
     * Laureates with a know-how in any of these themes: what the Bourse shows beside a request in the
     * same domain (to be wired by the Bourse module).
     */
    @Transactional(readOnly = true)
    public List<Candidature> laureatesForThemes(Set<String> themeCodes) {
        if (themeCodes == null || themeCodes.isEmpty()) {
            return List.of();
        }
        return candidatures
                .findLaureats(LocalDate.now(clock), false, themeCodes, Pageable.unpaged())
                .getContent();
    }
}
