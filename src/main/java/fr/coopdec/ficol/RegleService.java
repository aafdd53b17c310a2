package fr.coopdec.ficol;

import fr.coopdec.referential.CategorieCad;
import fr.coopdec.shared.BusinessException;
import fr.coopdec.shared.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The eligibility rules as dated data: DAECT adds a new value with the date it takes effect. */
@Service
public class RegleService {

    private final RegleRepository repository;

    RegleService(RegleRepository repository) {
        this.repository = repository;
    }

    @Transactional(readOnly = true)
    @RolesAllowed({Roles.ADMIN, Roles.AFD})
    public Page<RegleEligibilite> find(Pageable pageable) {
        Pageable sorted = pageable.getSort().isSorted()
                ? pageable
                : org.springframework.data.domain.PageRequest.of(
                        pageable.getPageNumber(),
                        pageable.getPageSize(),
                        Sort.by("code", "dateEffet").descending());
        return repository.findAll(sorted);
    }

    @Transactional(readOnly = true)
    @RolesAllowed({Roles.ADMIN, Roles.AFD})
    public long count() {
        return repository.count();
    }

    /** Saves a rule value after checking it reads as its rule expects (categories, euros, percent, days). */
    @Transactional
    @RolesAllowed(Roles.ADMIN)
    public RegleEligibilite save(RegleEligibilite regle) {
        valider(regle.getCode(), regle.getValeur());
        return repository.save(regle);
    }

    @Transactional
    @RolesAllowed(Roles.ADMIN)
    public void delete(long id) {
        repository.deleteById(id);
    }

    /** The value in force on that date, if the rule had one then. */
    Optional<RegleEligibilite> enVigueur(CodeRegle code, LocalDate date) {
        return repository.findFirstByCodeAndDateEffetLessThanEqualOrderByDateEffetDesc(code, date);
    }

    Optional<BigDecimal> nombre(CodeRegle code, LocalDate date) {
        return enVigueur(code, date).map(r -> new BigDecimal(r.getValeur().trim()));
    }

    /** The DAC categories the FICOL rules in force on that date fund. */
    Optional<Set<CategorieCad>> categories(LocalDate date) {
        return enVigueur(CodeRegle.CATEGORIES_CAD, date).map(r -> parseCategories(r.getValeur()));
    }

    static Set<CategorieCad> parseCategories(String valeur) {
        return Arrays.stream(valeur.split(","))
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .map(CategorieCad::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(CategorieCad.class)));
    }

    private static void valider(CodeRegle code, String valeur) {
        try {
            if (code == CodeRegle.CATEGORIES_CAD) {
                if (parseCategories(valeur).isEmpty()) {
                    throw new IllegalArgumentException(valeur);
                }
            } else if (new BigDecimal(valeur.trim()).signum() < 0) {
                throw new IllegalArgumentException(valeur);
            }
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new BusinessException(
                    code == CodeRegle.CATEGORIES_CAD ? "ficol.regle.valeur.categories" : "ficol.regle.valeur.nombre",
                    valeur);
        }
    }
}
