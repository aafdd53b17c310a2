package fr.coopdec.referential;

import fr.coopdec.shared.BusinessException;
import fr.coopdec.shared.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Groupings of authorities (syndicats, associations of authorities, public bodies): recorded by DAECT
 * with their SIREN and member authorities, then usable wherever a French authority is (PACT3 and FICOL
 * applicants, Atlas partnerships, user scopes).
 */
@Service
public class GroupementService {

    private final CollectiviteFrancaiseRepository repository;
    private final Validator validator;

    GroupementService(CollectiviteFrancaiseRepository repository, Validator validator) {
        this.repository = repository;
        this.validator = validator;
    }

    @RolesAllowed(Roles.ADMIN)
    @Transactional
    public CollectiviteFrancaise creer(NouveauGroupement saisie) {
        Set<ConstraintViolation<NouveauGroupement>> violations = validator.validate(saisie);
        if (!violations.isEmpty()) {
            throw new BusinessException(
                    "referential.groupement.invalide",
                    violations.stream()
                            .map(GroupementService::enFrancais)
                            .sorted()
                            .collect(Collectors.joining(" ")));
        }
        if (!saisie.getType().isGroupement()) {
            throw new BusinessException("referential.groupement.type.required");
        }
        if (repository.existsByTypeInAndSiren(TypeCollectiviteFrancaise.GROUPEMENTS, saisie.getSiren())) {
            throw new BusinessException("referential.groupement.siren.existe", saisie.getSiren());
        }
        CollectiviteFrancaise groupement = new CollectiviteFrancaise(
                saisie.getType(), saisie.getSiren(), saisie.getNom().strip());
        groupement.setSiren(saisie.getSiren());
        groupement.setMembres(
                saisie.getMembres().stream().map(CollectiviteFrancaise::getId).collect(Collectors.toSet()));
        // a grouping inside one région (or département) is found by the Atlas filters of that territory
        Set<String> regions =
                saisie.getMembres().stream().map(GroupementService::region).collect(Collectors.toSet());
        if (regions.size() == 1 && !regions.contains(null)) {
            groupement.setRegionCode(regions.iterator().next());
        }
        return repository.save(groupement);
    }

    @Transactional(readOnly = true)
    public Page<GroupementResume> groupements(Pageable pageable) {
        return repository
                .findByTypeIn(TypeCollectiviteFrancaise.GROUPEMENTS, pageable)
                .map(c -> new GroupementResume(
                        c.getId(),
                        c.getCleAtlas(),
                        c.getNom(),
                        c.getType(),
                        c.getSiren(),
                        c.getMembres().size()));
    }

    /** The member authorities of a grouping, by name. */
    @Transactional(readOnly = true)
    public List<CollectiviteFrancaise> membres(long groupementId) {
        return repository
                .findById(groupementId)
                .map(g -> repository.findAllById(g.getMembres()).stream()
                        .sorted(java.util.Comparator.comparing(CollectiviteFrancaise::getNom))
                        .toList())
                .orElse(List.of());
    }

    /**
     * The violation's sentence in French whatever the JVM's locale (the form already showed it in the
     * user's language next to the field; this is the service's own safety net).
     */
    private static String enFrancais(ConstraintViolation<?> violation) {
        String template = violation.getMessageTemplate();
        if (template.startsWith("{") && template.endsWith("}")) {
            ResourceBundle francais = ResourceBundle.getBundle(
                    "ValidationMessages",
                    Locale.ROOT,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            String key = template.substring(1, template.length() - 1);
            if (francais.containsKey(key)) {
                return francais.getString(key);
            }
        }
        return violation.getMessage();
    }

    private static String region(CollectiviteFrancaise c) {
        return c.getType() == TypeCollectiviteFrancaise.REGION ? c.getCode() : c.getRegionCode();
    }
}
