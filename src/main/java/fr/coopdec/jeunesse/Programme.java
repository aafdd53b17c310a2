package fr.coopdec.jeunesse;

import java.time.LocalDate;
import java.time.Period;

/**
 * The volunteering schemes, with their age at departure. Youth programmes take 18 to 30 year olds
 * unless the scheme says otherwise: Service civique stops at 25, VSI has no upper limit.
 * Labels: {@code jeunesse.programme.<NAME>}.
 */
public enum Programme {
    VSI(18, null),
    SERVICE_CIVIQUE_INTERNATIONAL(18, 25),
    VOLONTARIAT_RECIPROCITE(18, 30),
    JSI_VVSI(18, 30),
    AUTRE(18, 30);

    private final int ageMin;
    private final Integer ageMax;

    Programme(int ageMin, Integer ageMax) {
        this.ageMin = ageMin;
        this.ageMax = ageMax;
    }

    public int getAgeMin() {
        return ageMin;
    }

    public Integer getAgeMax() {
        return ageMax;
    }

    public boolean accepte(LocalDate naissance, LocalDate depart) {
        int age = Period.between(naissance, depart).getYears();
        return age >= ageMin && (ageMax == null || age <= ageMax);
    }
}
