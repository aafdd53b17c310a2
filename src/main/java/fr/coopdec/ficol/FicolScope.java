package fr.coopdec.ficol;

import fr.coopdec.shared.security.CoopDecUser;
import fr.coopdec.shared.security.Role;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import org.springframework.data.jpa.domain.Specification;

/**
 * Who sees and does what on a file: DAECT and AFD all files, an embassy post those of its country, a
 * local authority the files it leads or takes part in (only the lead edits and reports).
 */
final class FicolScope {

    private FicolScope() {}

    static Specification<FicolDossier> visible(CoopDecUser user) {
        return switch (user.getRole()) {
            case ADMIN, AFD -> (root, query, cb) -> cb.conjunction();
            case POSTE ->
                (root, query, cb) -> user.getPaysId()
                        .map(id -> cb.equal(root.get("pays").get("id"), id))
                        .orElse(cb.disjunction());
            case COLLECTIVITE ->
                (root, query, cb) -> user.getCollectiviteFrancaiseId()
                        .map(id -> {
                            Subquery<Long> membres = query.subquery(Long.class);
                            Root<FicolDossier> d = membres.from(FicolDossier.class);
                            Join<Object, Object> m = d.join("membres");
                            membres.select(d.get("id")).where(cb.equal(m.get("id"), id));
                            return cb.or(
                                    cb.equal(root.get("chefDeFile").get("id"), id),
                                    root.get("id").in(membres));
                        })
                        .orElse(cb.disjunction());
            default -> (root, query, cb) -> cb.disjunction();
        };
    }

    static boolean canRead(CoopDecUser user, FicolDossier dossier) {
        return switch (user.getRole()) {
            case ADMIN, AFD -> true;
            case POSTE ->
                user.getPaysId().map(id -> id.equals(dossier.getPays().getId())).orElse(false);
            case COLLECTIVITE ->
                user.getCollectiviteFrancaiseId()
                        .map(id -> id.equals(dossier.getChefDeFile().getId())
                                || dossier.getMembres().stream().anyMatch(m -> id.equals(m.getId())))
                        .orElse(false);
            default -> false;
        };
    }

    /** The applicant side: the lead authority's users, and DAECT. */
    static boolean isDemandeur(CoopDecUser user, FicolDossier dossier) {
        return user.hasRole(Role.ADMIN)
                || user.hasRole(Role.COLLECTIVITE)
                        && user.getCollectiviteFrancaiseId()
                                .map(id -> id.equals(dossier.getChefDeFile().getId()))
                                .orElse(false);
    }

    /** The instructing side: AFD, and DAECT. */
    static boolean isInstructeur(CoopDecUser user) {
        return user.hasRole(Role.ADMIN) || user.hasRole(Role.AFD);
    }
}
