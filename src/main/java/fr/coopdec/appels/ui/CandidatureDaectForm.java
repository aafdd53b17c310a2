package fr.coopdec.appels.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import fr.coopdec.appels.CandidatureDaect;
import fr.coopdec.appels.CandidatureDaectService;
import fr.coopdec.atlas.PartenariatResume;

/**
 * The application itself: the partnership it is for (one of the porteur's own, found in the Atlas as
 * one types), its title and description.
 */
class CandidatureDaectForm extends FormLayout {

    final ComboBox<PartenariatResume> partenariat = new ComboBox<>();
    final TextField intitule = new TextField();
    final TextArea description = new TextArea();
    private final Binder<CandidatureDaect> binder = new Binder<>(CandidatureDaect.class);
    private final transient CandidatureDaectService service;

    CandidatureDaectForm(CandidatureDaectService service) {
        this.service = service;
        partenariat.setLabel(getTranslation("appels.candidature.partenariat"));
        partenariat.setHelperText(getTranslation("appels.candidature.partenariat.aide"));
        partenariat.setItemLabelGenerator(p -> p.intitule() + " (" + p.paysNom(getLocale()) + ")");
        intitule.setLabel(getTranslation("appels.candidature.intitule"));
        description.setLabel(getTranslation("appels.candidature.description"));
        String requis = getTranslation("appels.champ.requis");
        binder.forField(intitule).asRequired(requis).bind(CandidatureDaect::getIntitule, CandidatureDaect::setIntitule);
        binder.forField(description).bind(CandidatureDaect::getDescription, CandidatureDaect::setDescription);
        binder.forField(partenariat)
                .asRequired(requis)
                .bind(
                        c -> c.getPartenariatId() == null
                                ? null
                                : service.partenariat(c.getPartenariatId()).orElse(null),
                        (c, p) -> c.setPartenariatId(p == null ? null : p.id()));
        add(partenariat, intitule, description);
        setColspan(partenariat, 2);
        setColspan(intitule, 2);
        setColspan(description, 2);
    }

    void read(CandidatureDaect candidature, boolean editable) {
        if (editable) {
            partenariat.setItems(q -> service
                    .partenariatsPossibles(
                            q.getFilter().orElse(""),
                            org.springframework.data.domain.PageRequest.of(q.getPage(), q.getPageSize()))
                    .stream());
        } else if (candidature.getPartenariatId() != null) {
            partenariat.setItems(
                    service.partenariat(candidature.getPartenariatId()).stream().toList());
        }
        binder.readBean(candidature);
        binder.setReadOnly(!editable);
    }

    void write(CandidatureDaect candidature) throws ValidationException {
        binder.writeBean(candidature);
    }
}
