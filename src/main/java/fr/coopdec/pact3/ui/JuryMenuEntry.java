package fr.coopdec.pact3.ui;

import fr.coopdec.pact3.JuryService;
import fr.coopdec.shared.ui.MenuEntryCondition;
import org.springframework.stereotype.Component;

/** "PACT3 — Jury" shows in the menu of jurors only (any account may be one; the others have nothing there). */
@Component
class JuryMenuEntry implements MenuEntryCondition {

    private final JuryService jury;

    JuryMenuEntry(JuryService jury) {
        this.jury = jury;
    }

    @Override
    public String route() {
        return Pact3Routes.JURY;
    }

    @Override
    public boolean shows() {
        return jury.estJure();
    }
}
