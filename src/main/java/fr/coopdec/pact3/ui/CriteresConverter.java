package fr.coopdec.pact3.ui;

import com.vaadin.flow.data.binder.Result;
import com.vaadin.flow.data.binder.ValueContext;
import com.vaadin.flow.data.converter.Converter;
import fr.coopdec.pact3.Critere;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/** A call's criteria typed one per line as "label ; weight". */
class CriteresConverter implements Converter<String, List<Critere>> {

    private final Supplier<String> errorMessage;

    CriteresConverter(Supplier<String> errorMessage) {
        this.errorMessage = errorMessage;
    }

    @Override
    public Result<List<Critere>> convertToModel(String value, ValueContext context) {
        List<Critere> criteres = new ArrayList<>();
        for (String line : (value == null ? "" : value).split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            int separator = line.lastIndexOf(';');
            if (separator <= 0) {
                return Result.error(errorMessage.get());
            }
            try {
                int poids = Integer.parseInt(line.substring(separator + 1).trim());
                String libelle = line.substring(0, separator).trim();
                if (poids < 1 || libelle.isEmpty()) {
                    return Result.error(errorMessage.get());
                }
                criteres.add(new Critere(libelle, poids));
            } catch (NumberFormatException e) {
                return Result.error(errorMessage.get());
            }
        }
        return criteres.isEmpty() ? Result.error(errorMessage.get()) : Result.ok(criteres);
    }

    @Override
    public String convertToPresentation(List<Critere> value, ValueContext context) {
        return value == null
                ? ""
                : value.stream().map(c -> c.getLibelle() + " ; " + c.getPoids()).collect(Collectors.joining("\n"));
    }
}
