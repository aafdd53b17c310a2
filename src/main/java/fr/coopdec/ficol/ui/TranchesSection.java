package fr.coopdec.ficol.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import fr.coopdec.ficol.FicolDossier;
import fr.coopdec.ficol.Tranche;
import java.time.Clock;
import java.time.LocalDate;
import java.util.function.IntConsumer;

/** The tranches paid, their reports (sent by the authority, approved by AFD) and the final report due date. */
class TranchesSection extends Composite<VerticalLayout> {

    final Grid<Tranche> grid = new Grid<>(Tranche.class, false);
    final Paragraph echeance = new Paragraph();
    private boolean demandeur;
    private boolean instructeur;
    private IntConsumer deposer = n -> {};
    private IntConsumer approuver = n -> {};

    private final Clock clock;

    TranchesSection(Clock clock) {
        this.clock = clock;
        grid.addColumn(Tranche::getNumero).setHeader(getTranslation("ficol.tranche.numero"));
        grid.addColumn(t -> FicolFormat.euros(t.getMontant(), getLocale()))
                .setKey("montant")
                .setHeader(getTranslation("ficol.tranche.montant-col"));
        grid.addColumn(t -> FicolFormat.date(t.getDateVersement(), getLocale()))
                .setHeader(getTranslation("ficol.tranche.date"));
        grid.addColumn(t -> FicolFormat.date(t.getEcheanceRapport(), getLocale())
                        + (t.isRapportEnRetard(LocalDate.now(clock))
                                ? " — " + getTranslation("ficol.liste.en-retard")
                                : ""))
                .setHeader(getTranslation("ficol.tranche.echeance"));
        grid.addColumn(this::etatRapport).setKey("rapport").setHeader(getTranslation("ficol.tranche.rapport"));
        grid.addComponentColumn(this::actions).setKey("actions").setAutoWidth(true);
        grid.setAllRowsVisible(true);
        getContent().setPadding(false);
        getContent().add(new H2(getTranslation("ficol.tranche.titre")), echeance, grid);
    }

    void show(
            FicolDossier dossier, boolean demandeur, boolean instructeur, IntConsumer deposer, IntConsumer approuver) {
        this.demandeur = demandeur;
        this.instructeur = instructeur;
        this.deposer = deposer;
        this.approuver = approuver;
        echeance.setText(
                dossier.getEcheanceRapportFinal() == null
                        ? ""
                        : getTranslation(
                                dossier.isRapportFinalEnRetard(LocalDate.now(clock))
                                        ? "ficol.tranche.rapport-final-retard"
                                        : "ficol.tranche.rapport-final",
                                FicolFormat.date(dossier.getEcheanceRapportFinal(), getLocale())));
        grid.setItems(dossier.getTranches());
        setVisible(!dossier.getTranches().isEmpty() || dossier.getEcheanceRapportFinal() != null);
    }

    private String etatRapport(Tranche t) {
        if (t.getRapportApprouveLe() != null) {
            return getTranslation(
                    "ficol.tranche.rapport-approuve", FicolFormat.date(t.getRapportApprouveLe(), getLocale()));
        }
        return t.getRapportRecuLe() == null
                ? getTranslation("ficol.tranche.rapport-attendu")
                : getTranslation("ficol.tranche.rapport-recu", FicolFormat.date(t.getRapportRecuLe(), getLocale()));
    }

    private HorizontalLayout actions(Tranche t) {
        HorizontalLayout layout = new HorizontalLayout();
        if (demandeur && t.getRapportRecuLe() == null) {
            layout.add(button(
                    getTranslation("ficol.tranche.deposer", t.getNumero()), () -> deposer.accept(t.getNumero())));
        }
        if (instructeur && t.getRapportRecuLe() != null && t.getRapportApprouveLe() == null) {
            layout.add(button(
                    getTranslation("ficol.tranche.approuver", t.getNumero()), () -> approuver.accept(t.getNumero())));
        }
        return layout;
    }

    private static Button button(String text, Runnable action) {
        Button button = new Button(text, e -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return button;
    }
}
