package fr.coopdec.dashboard;

import fr.coopdec.atlas.AtlasQueries;
import fr.coopdec.atlas.PartenariatFilter;
import fr.coopdec.atlas.StatutPartenariat;
import fr.coopdec.referential.CollectiviteFrancaise;
import fr.coopdec.referential.Pays;
import fr.coopdec.referential.ReferentialQueries;
import fr.coopdec.shared.BusinessException;
import fr.coopdec.shared.dashboard.AuthorityActivity;
import fr.coopdec.shared.dashboard.DashboardAlert;
import fr.coopdec.shared.dashboard.DashboardScope;
import fr.coopdec.shared.dashboard.KeyFigure;
import fr.coopdec.shared.dashboard.KeyFigureSource;
import fr.coopdec.shared.dashboard.YearSeries;
import fr.coopdec.shared.security.CoopDecUser;
import fr.coopdec.shared.security.CurrentUser;
import fr.coopdec.shared.security.Role;
import fr.coopdec.shared.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Assembles the dashboard of the signed-in user. The scope comes from the user, not from the page:
 * DAECT sees everything or the country it picks; an embassy post only its country; an authority
 * only itself — whatever it asks for.
 */
@Service
@Transactional(readOnly = true)
public class DashboardService {

    static final int ALERTS_PER_MODULE = 20;

    private final List<KeyFigureSource> sources;
    private final CurrentUser currentUser;
    private final ReferentialQueries referential;
    private final AtlasQueries atlas;

    DashboardService(
            List<KeyFigureSource> sources,
            CurrentUser currentUser,
            ReferentialQueries referential,
            AtlasQueries atlas) {
        this.sources = sources;
        this.currentUser = currentUser;
        this.referential = referential;
        this.atlas = atlas;
    }

    /** The user's own dashboard; DAECT may narrow it to a country ({@code paysCode}, else null). */
    @RolesAllowed({Roles.ADMIN, Roles.POSTE, Roles.COLLECTIVITE})
    public Dashboard dashboard(String paysCode) {
        long start = System.nanoTime();
        DashboardScope scope = scopeFor(paysCode);
        List<KeyFigure> figures = sources.stream()
                .flatMap(s -> s.keyFigures(scope).stream())
                .sorted(Comparator.comparingInt(KeyFigure::order))
                .toList();
        List<YearSeries> trends =
                sources.stream().flatMap(s -> s.trends(scope).stream()).toList();
        List<DashboardAlert> alerts = sources.stream()
                .flatMap(s -> s.alerts(scope, ALERTS_PER_MODULE).stream())
                .sorted(Comparator.comparing(DashboardAlert::since))
                .toList();
        var map = atlas.parPays(PartenariatFilter.inScope(scope).toBuilder()
                .statut(StatutPartenariat.ACTIF)
                .build());
        return new Dashboard(
                scope, label(scope), figures, trends, alerts, map, (System.nanoTime() - start) / 1_000_000);
    }

    /** Everything about one French authority; an authority may open only its own page. */
    @RolesAllowed({Roles.ADMIN, Roles.POSTE, Roles.COLLECTIVITE})
    public AuthorityDashboard authority(String cle, Locale locale) {
        CollectiviteFrancaise collectivite = referential
                .findCollectiviteFrancaiseByCle(cle)
                .orElseThrow(() -> new BusinessException("dashboard.error.collectivite-inconnue", cle));
        CoopDecUser user = currentUser.require();
        if (user.hasRole(Role.COLLECTIVITE)
                && !user.getCollectiviteFrancaiseId()
                        .map(id -> id.equals(collectivite.getId()))
                        .orElse(false)) {
            throw new AccessDeniedException("An authority sees only its own page");
        }
        List<AuthorityActivity> sections = sources.stream()
                .map(s -> s.activity(collectivite.getId(), locale))
                .filter(Objects::nonNull)
                .sorted(Comparator.comparingInt(AuthorityActivity::order))
                .toList();
        return new AuthorityDashboard(
                collectivite.getCleAtlas(),
                collectivite.getNom(),
                collectivite.getType(),
                collectivite.getPopulation(),
                sections);
    }

    /** The countries DAECT may pick (everyone else has one scope). */
    @RolesAllowed(Roles.ADMIN)
    public List<Pays> countries() {
        return referential.allPays();
    }

    DashboardScope scopeFor(String paysCode) {
        CoopDecUser user = currentUser.require();
        if (user.hasRole(Role.ADMIN)) {
            return Optional.ofNullable(paysCode)
                    .filter(c -> !c.isBlank())
                    .map(c -> referential
                            .findPays(c)
                            .map(p -> DashboardScope.paysPourDaect(p.getId(), p.getCodeAlpha2()))
                            .orElseThrow(() -> new BusinessException("dashboard.error.pays-inconnu", c)))
                    .orElse(DashboardScope.all());
        }
        if (user.hasRole(Role.POSTE)) {
            return DashboardScope.pays(
                    user.getPaysId().orElseThrow(() -> noScope(user)),
                    user.getPaysCode().orElseThrow(() -> noScope(user)));
        }
        return DashboardScope.collectivite(user.getCollectiviteFrancaiseId().orElseThrow(() -> noScope(user)));
    }

    private String label(DashboardScope scope) {
        if (scope.paysCode() != null) {
            return referential.findPays(scope.paysCode()).map(Pays::getNomFr).orElse(scope.paysCode());
        }
        if (scope.collectiviteFrancaiseId() != null) {
            return referential
                    .findCollectiviteFrancaise(scope.collectiviteFrancaiseId())
                    .map(CollectiviteFrancaise::getNom)
                    .orElse("");
        }
        return null;
    }

    private static AccessDeniedException noScope(CoopDecUser user) {
        return new AccessDeniedException("No dashboard scope for " + user.getEmail());
    }
}
