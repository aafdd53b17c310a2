package fr.coopdec.assises;

import fr.coopdec.shared.BusinessException;

/** A request field holds a value the rules refuse; the API answers 400 naming the field. */
public class ChampInvalide extends BusinessException {

    private final String champ;
    private final String valeur;

    ChampInvalide(String champ, String valeur, String messageKey) {
        this(champ, valeur, messageKey, valeur);
    }

    ChampInvalide(String champ, String valeur, String messageKey, Object... arguments) {
        super(messageKey, arguments);
        this.champ = champ;
        this.valeur = valeur;
    }

    public String getChamp() {
        return champ;
    }

    public String getValeur() {
        return valeur;
    }
}
