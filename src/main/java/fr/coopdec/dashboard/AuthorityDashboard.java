package fr.coopdec.dashboard;

import fr.coopdec.referential.TypeCollectiviteFrancaise;
import fr.coopdec.shared.dashboard.AuthorityActivity;
import java.util.List;

/** The 360° page of a French authority: each module's records of it, with their freshness. */
public record AuthorityDashboard(
        String cle, String nom, TypeCollectiviteFrancaise type, Integer population, List<AuthorityActivity> sections) {}
