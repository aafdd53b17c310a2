package fr.coopdec.bourse;

import fr.coopdec.shared.crossmodule.PartnerRequestsByTheme;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/** The Bourse's published requests of a theme, for modules that suggest them (PACT3's laureates). */
@Component
class BourseRequestsByTheme implements PartnerRequestsByTheme {

    private final CatalogueQueries catalogue;

    BourseRequestsByTheme(CatalogueQueries catalogue) {
        this.catalogue = catalogue;
    }

    @Override
    public List<RequestLink> publishedRequests(long thematiqueId, int limit) {
        return catalogue
                .find(new FiltreFiches(null, null, Sens.DEMANDE, null, null, thematiqueId), PageRequest.of(0, limit))
                .getContent()
                .stream()
                .map(fiche -> new RequestLink(fiche.getNomAffiche(), BourseLinks.fiche(fiche.getId())))
                .toList();
    }
}
