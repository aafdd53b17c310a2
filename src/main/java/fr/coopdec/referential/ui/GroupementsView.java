package fr.coopdec.referential.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import fr.coopdec.referential.CollectiviteFrancaise;
import fr.coopdec.referential.CollectiviteFrancaiseFilter;
import fr.coopdec.referential.GroupementResume;
import fr.coopdec.referential.GroupementService;
import fr.coopdec.referential.NouveauGroupement;
import fr.coopdec.referential.ReferentialQueries;
import fr.coopdec.referential.TypeCollectiviteFrancaise;
import fr.coopdec.shared.security.Roles;
import fr.coopdec.shared.ui.ErrorNotifier;
import fr.coopdec.shared.ui.PageTitles;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.data.domain.Sort;

/**
 * DAECT records the groupings that may apply like an authority: kind, name, SIREN (checked) and member
 * authorities. They then appear in the French authorities list, user scopes and Atlas forms.
 */
@Route("referentiel/groupements")
@Menu(order = 82, title = "referential.menu.groupements", icon = "vaadin:group")
@RolesAllowed(Roles.ADMIN)
public class GroupementsView extends VerticalLayout implements HasDynamicTitle {

    final Select<TypeCollectiviteFrancaise> type = new Select<>();
    final TextField nom = new TextField();
    final TextField siren = new TextField();
    final MultiSelectComboBox<CollectiviteFrancaise> membres = new MultiSelectComboBox<>();
    final Button enregistrer = new Button();
    final Grid<GroupementResume> grid = new Grid<>();
    private final BeanValidationBinder<NouveauGroupement> binder = new BeanValidationBinder<>(NouveauGroupement.class);
    private final GroupementService service;

    public GroupementsView(GroupementService service, ReferentialQueries referential) {
        this.service = service;
        type.setLabel(getTranslation("referential.groupements.type"));
        type.setItems(TypeCollectiviteFrancaise.GROUPEMENTS);
        type.setItemLabelGenerator(t -> getTranslation("referential.collectivite.type." + t.name()));
        nom.setLabel(getTranslation("referential.groupements.nom"));
        siren.setLabel(getTranslation("referential.groupements.siren"));
        siren.setHelperText(getTranslation("referential.groupements.siren.help"));
        membres.setLabel(getTranslation("referential.groupements.membres"));
        membres.setItems(query -> referential
                .findCollectivitesFrancaises(
                        CollectiviteFrancaiseFilter.text(query.getFilter().orElse("")),
                        VaadinSpringDataHelpers.toSpringPageRequest(query))
                .stream());
        membres.setItemLabelGenerator(c -> c.getLibelle() + " · "
                + getTranslation("referential.collectivite.type." + c.getType().name()));
        binder.forField(type).bind("type");
        binder.forField(nom).bind("nom");
        binder.forField(siren).bind("siren");
        binder.forField(membres).bind("membres");
        binder.setBean(new NouveauGroupement());
        enregistrer.setText(getTranslation("referential.groupements.enregistrer"));
        enregistrer.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        enregistrer.addClickListener(e -> enregistrer());

        grid.addColumn(GroupementResume::nom)
                .setHeader(getTranslation("referential.groupements.nom"))
                .setFlexGrow(2);
        grid.addColumn(g -> getTranslation(
                        "referential.collectivite.type." + g.type().name()))
                .setHeader(getTranslation("referential.groupements.type"));
        grid.addColumn(GroupementResume::siren).setHeader(getTranslation("referential.groupements.siren"));
        grid.addColumn(GroupementResume::membres).setHeader(getTranslation("referential.groupements.membres.nombre"));
        grid.setItems(q ->
                service
                        .groupements(
                                VaadinSpringDataHelpers.toSpringPageRequest(q).withSort(Sort.by("nom")))
                        .stream());

        add(
                new H1(getTranslation("referential.groupements.title")),
                new Paragraph(getTranslation("referential.groupements.intro")),
                new FormLayout(type, nom, siren, membres),
                enregistrer,
                grid);
    }

    private void enregistrer() {
        if (!binder.validate().isOk()) {
            return;
        }
        CollectiviteFrancaise saved = service.creer(binder.getBean());
        ErrorNotifier.showSuccess(getTranslation("referential.groupements.enregistre", saved.getNom()));
        binder.setBean(new NouveauGroupement());
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(getTranslation("referential.groupements.title"));
    }
}
