package fr.coopdec.bourse.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import fr.coopdec.atlas.AtlasLinks;
import fr.coopdec.bourse.ContactService;
import fr.coopdec.bourse.DemandeContact;
import fr.coopdec.bourse.FicheBourse;
import fr.coopdec.bourse.ModerationService;
import fr.coopdec.bourse.PieceJointeFiche;
import fr.coopdec.bourse.PosteService;
import fr.coopdec.bourse.StatutDemande;
import fr.coopdec.bourse.StatutFiche;
import fr.coopdec.bourse.Transition;
import fr.coopdec.shared.security.Roles;
import fr.coopdec.shared.ui.ErrorNotifier;
import fr.coopdec.shared.ui.MainLayout;
import fr.coopdec.shared.ui.PageTitles;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.springframework.data.domain.PageRequest;

/**
 * One sheet for DAECT: what it says (with the contact), the moves its state allows (a refusal needs
 * the reason, kept in the field if refused), renewal, internal comments, the posts' opinions, the
 * audit trail and the contact requests, each of which can become an Atlas partnership.
 */
@Route(value = BourseRoutes.MODERATION_FICHE, layout = MainLayout.class)
@RolesAllowed(Roles.ADMIN)
public class ModerationFicheView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final TextArea motif = new TextArea();
    final TextArea commentaire = new TextArea();
    final HorizontalLayout actions = new HorizontalLayout();
    final Grid<Transition> historique = new Grid<>(Transition.class, false);
    final Grid<DemandeContact> demandes = new Grid<>(DemandeContact.class, false);
    final UnorderedList commentaires = new UnorderedList();
    final UnorderedList avis = new UnorderedList();
    private final transient ModerationService moderation;
    private final transient PosteService postes;
    private final transient ContactService contacts;
    private FicheBourse fiche;
    private String title = "";

    public ModerationFicheView(ModerationService moderation, PosteService postes, ContactService contacts) {
        this.moderation = moderation;
        this.postes = postes;
        this.contacts = contacts;
        motif.setLabel(getTranslation("bourse.moderation.motif"));
        motif.setMaxLength(2000);
        motif.setWidthFull();
        commentaire.setLabel(getTranslation("bourse.moderation.commentaire"));
        commentaire.setMaxLength(4000);
        commentaire.setWidthFull();
        DateTimeFormatter date =
                fr.coopdec.shared.ui.Dates.dateTimeFormatter(getLocale()).withZone(ZoneId.of("Europe/Paris"));
        historique.addColumn(t -> date.format(t.getLe())).setHeader(getTranslation("bourse.historique.le"));
        historique.addColumn(Transition::getPar).setHeader(getTranslation("bourse.historique.par"));
        historique
                .addColumn(t -> t.getDe() == null
                        ? ""
                        : getTranslation("bourse.enum.StatutFiche." + t.getDe().name()))
                .setHeader(getTranslation("bourse.historique.de"))
                .setKey("de");
        historique
                .addColumn(t ->
                        getTranslation("bourse.enum.StatutFiche." + t.getVers().name()))
                .setHeader(getTranslation("bourse.historique.vers"))
                .setKey("vers");
        historique
                .addColumn(Transition::getMotif)
                .setHeader(getTranslation("bourse.historique.motif"))
                .setKey("motif");
        historique.setAllRowsVisible(true);
        demandes.addColumn(
                        d -> d.getFiche().getNomAffiche() + " → " + d.getCible().getNomAffiche())
                .setHeader(getTranslation("bourse.demandes.entre"))
                .setFlexGrow(2);
        demandes.addColumn(d -> d.getNom() + " <" + d.getEmail() + ">")
                .setHeader(getTranslation("bourse.demandes.qui"));
        demandes.addColumn(d -> getTranslation(
                        "bourse.enum.StatutDemande." + d.getStatut().name()))
                .setHeader(getTranslation("bourse.demandes.statut"))
                .setKey("statut");
        demandes.addComponentColumn(this::actionDemande).setKey("action").setAutoWidth(true);
        demandes.setAllRowsVisible(true);
        setMaxWidth("1100px");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        afficher(event.getRouteParameters().getLong("id").orElse(-1L));
    }

    private void afficher(long id) {
        removeAll();
        try {
            fiche = moderation.fiche(id);
        } catch (RuntimeException notFound) {
            title = getTranslation("bourse.fiche.introuvable.titre");
            add(new H1(title), new Anchor(BourseRoutes.MODERATION, getTranslation("bourse.moderation.retour")));
            return;
        }
        title = fiche.getNomAffiche();
        actions.removeAll();
        for (StatutFiche vers : fiche.getStatut().suivants()) {
            Button b = new Button(getTranslation("bourse.action." + vers.name()), e -> changer(vers));
            if (vers == StatutFiche.PUBLIEE) {
                b.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            } else if (vers == StatutFiche.REFUSEE) {
                b.addThemeVariants(ButtonVariant.LUMO_ERROR);
            }
            actions.add(b);
        }
        if (fiche.getStatut() == StatutFiche.PUBLIEE) {
            actions.add(new Button(
                    getTranslation(
                            "bourse.moderation.renouveler",
                            fr.coopdec.shared.ui.Dates.date(fiche.getExpireLe(), getLocale())),
                    e -> renouveler()));
        }
        add(new H1(title), FicheDetails.statut(fiche));
        if (fiche.getStatut() == StatutFiche.PUBLIEE || fiche.getStatut() == StatutFiche.MISE_EN_RELATION) {
            add(new Anchor(BourseRoutes.fiche(id), getTranslation("bourse.moderation.page-publique")));
        }
        if (fiche.getPartenariatId() != null) {
            add(new Anchor(
                    "atlas/partenariats/" + fiche.getPartenariatId(), getTranslation("bourse.moderation.partenariat")));
        }
        if (fiche.getMotifRefus() != null) {
            add(new Paragraph(getTranslation("bourse.moderation.motif-actuel", fiche.getMotifRefus())));
        }
        boolean refusable = fiche.getStatut().peutPasserA(StatutFiche.REFUSEE);
        motif.setVisible(refusable);
        add(actions, motif, new FicheDetails(fiche, true));
        if (!fiche.getPieces().isEmpty()) {
            UnorderedList liens = new UnorderedList();
            fiche.getPieces().forEach(p -> liens.add(new ListItem(lien(p.getId(), p.getNom()))));
            add(new H2(getTranslation("bourse.form.pieces.liste")), liens);
        }
        commentaires.removeAll();
        moderation.commentaires(id).forEach(c -> commentaires.add(new ListItem(c.getAuteur() + " : " + c.getTexte())));
        avis.removeAll();
        postes.avis(id)
                .forEach(a -> avis.add(
                        new ListItem(a.getPays().getNom(getLocale()) + " – " + a.getAuteur() + " : " + a.getTexte())));
        Button commenter = new Button(getTranslation("bourse.moderation.commenter"), e -> commenter());
        historique.setItems(moderation.historique(id));
        demandes.setItems(contacts.demandes(id, PageRequest.of(0, 100)).getContent());
        add(
                new H2(getTranslation("bourse.moderation.commentaires")),
                commentaires,
                commentaire,
                commenter,
                new H2(getTranslation("bourse.moderation.avis")),
                avis,
                new H2(getTranslation("bourse.moderation.demandes")),
                demandes,
                new H2(getTranslation("bourse.moderation.historique")),
                historique);
    }

    private Anchor lien(long pieceId, String nom) {
        Anchor anchor = new Anchor();
        anchor.setText(nom);
        anchor.setHref(
                DownloadHandler.fromInputStream(event -> {
                    PieceJointeFiche piece = moderation.piece(pieceId);
                    return new DownloadResponse(
                            new ByteArrayInputStream(piece.getContenu()),
                            piece.getNom(),
                            piece.getTypeMime(),
                            piece.getTaille());
                }),
                AttachmentType.DOWNLOAD);
        return anchor;
    }

    private void changer(StatutFiche vers) {
        ErrorNotifier.attempt(() -> {
            moderation.changerStatut(
                    fiche.getId(), fiche.getVersion(), vers, vers == StatutFiche.REFUSEE ? motif.getValue() : null);
            ErrorNotifier.showSuccess(
                    getTranslation("bourse.moderation.fait", getTranslation("bourse.enum.StatutFiche." + vers.name())));
            motif.clear();
            afficher(fiche.getId());
        });
    }

    private void renouveler() {
        ErrorNotifier.attempt(() -> {
            moderation.renouveler(fiche.getId());
            ErrorNotifier.showSuccess(getTranslation("bourse.moderation.renouvelee"));
            afficher(fiche.getId());
        });
    }

    private void commenter() {
        ErrorNotifier.attempt(() -> {
            moderation.commenter(fiche.getId(), commentaire.getValue());
            commentaire.clear();
            afficher(fiche.getId());
        });
    }

    private com.vaadin.flow.component.Component actionDemande(DemandeContact d) {
        if (d.getStatut() == StatutDemande.CONVERTIE) {
            return new Anchor(
                    "atlas/partenariats/" + d.getPartenariatId(), getTranslation("bourse.moderation.partenariat"));
        }
        Button convertir = new Button(getTranslation("bourse.demandes.convertir"), e -> {
            ErrorNotifier.attempt(() -> {
                long id = contacts.convertirEnPartenariat(d.getId());
                ErrorNotifier.showSuccess(getTranslation("bourse.demandes.converti"));
                getUI().ifPresent(ui -> ui.navigate(AtlasLinks.partenariatEdit(id)));
            });
        });
        convertir.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
        if (d.getStatut() == StatutDemande.NOUVELLE) {
            Button suivre = new Button(getTranslation("bourse.demandes.suivre"), e -> {
                contacts.suivre(d.getId());
                afficher(fiche.getId());
            });
            suivre.addThemeVariants(ButtonVariant.LUMO_SMALL);
            return new HorizontalLayout(suivre, convertir);
        }
        return convertir;
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(title);
    }
}
