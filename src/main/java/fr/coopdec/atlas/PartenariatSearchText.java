package fr.coopdec.atlas;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code partenariat.texte_projets} — the titles and descriptions of a partnership's projects —
 * in step with the projects, so that one full-text index answers a search over a partnership and its
 * projects (see the changeset 2026-11-27-40). Not mapped by Hibernate: nobody edits it by hand.
 */
@Component
public class PartenariatSearchText {

    private static final String PROJECTS_TEXT = "(SELECT GROUP_CONCAT(CONCAT_WS(' ', pr.titre, pr.description)"
            + " ORDER BY pr.id SEPARATOR ' ') FROM projet pr WHERE pr.partenariat_id = p.id)";

    private final JdbcTemplate jdbc;

    PartenariatSearchText(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** After a save, once its projects are flushed. */
    void refresh(long partenariatId) {
        jdbc.update("UPDATE partenariat p SET texte_projets = " + PROJECTS_TEXT + " WHERE p.id = ?", partenariatId);
    }

    /** After rows written by plain SQL (the demo data), for the partnerships of that author. */
    public void refreshCreatedBy(String author) {
        jdbc.update("UPDATE partenariat p SET texte_projets = " + PROJECTS_TEXT + " WHERE p.created_by = ?", author);
    }
}
