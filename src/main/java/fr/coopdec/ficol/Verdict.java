package fr.coopdec.ficol;

import java.util.List;

/**
 * One line of the eligibility explanation: a sentence ({@code messageKey} with {@code arguments}, see
 * {@link VerdictTexts}) and whether it passes, fails or only warns.
 */
public record Verdict(Niveau niveau, String messageKey, List<Object> arguments) {

    public enum Niveau {
        CONFORME,
        NON_CONFORME,
        AVERTISSEMENT
    }

    static Verdict conforme(String key, Object... args) {
        return new Verdict(Niveau.CONFORME, key, List.of(args));
    }

    static Verdict nonConforme(String key, Object... args) {
        return new Verdict(Niveau.NON_CONFORME, key, List.of(args));
    }

    static Verdict avertissement(String key, Object... args) {
        return new Verdict(Niveau.AVERTISSEMENT, key, List.of(args));
    }
}
