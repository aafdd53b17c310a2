package fr.coopdec.pact3.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.button.Button;
import fr.coopdec.atlas.Partenariat;
import fr.coopdec.pact3.Appel;
import fr.coopdec.referential.Thematique;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/** Gestures of the PACT3 UI tests, as an applicant makes them. */
final class Pact3Ui {

    private Pact3Ui() {}

    /**
     * On the applications page: opens the call, fills theme, reference, know-how and team, saves the
     * draft and attaches a PDF; returns the page, ready to submit.
     */
    static CandidaturesView brouillonAvecPiece(
            Appel appel, Partenariat reference, Thematique theme, String savoirFaire, String equipe) {
        CandidaturesView candidatures = _get(CandidaturesView.class);
        int row = GridKt._findAll(candidatures.ouverts).indexOf(appel);
        _click((Button) GridKt._getCellComponent(candidatures.ouverts, row, "candidater"));
        _setValue(candidatures.form.themes, Set.of(theme));
        _setValue(
                candidatures.form.references,
                Set.of(candidatures
                        .form
                        .references
                        .getListDataView()
                        .getItems()
                        .filter(r -> r.id() == reference.getId())
                        .findFirst()
                        .orElseThrow()));
        _setValue(candidatures.form.savoirFaire, savoirFaire);
        _setValue(candidatures.form.equipe, equipe);
        _click(candidatures.enregistrer);
        NotificationsKt.expectNotifications("Brouillon enregistré.");
        UploadKt._upload(
                candidatures.upload, "dossier.pdf", "application/pdf", "%PDF-1.4".getBytes(StandardCharsets.UTF_8));
        MockVaadin.clientRoundtrip();
        return candidatures;
    }
}
