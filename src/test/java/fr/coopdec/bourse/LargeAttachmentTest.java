package fr.coopdec.bourse;

import static org.assertj.core.api.Assertions.assertThat;

import fr.coopdec.atlas.AtlasFixtures;
import fr.coopdec.support.IntegrationTest;
import jakarta.servlet.MultipartConfigElement;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Uploads up to the 10 MB the forms promise: the servlet container accepts them (Spring's 1 MB
 * default used to drop them silently) and the Bourse keeps a 9 MB PDF.
 */
@IntegrationTest
class LargeAttachmentTest {

    private static final long NINE_MB = 9L * 1024 * 1024;

    @Autowired
    ApplicationContext context;

    @Autowired
    SoumissionService service;

    @Autowired
    BourseFixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void the_vaadin_servlet_accepts_multipart_uploads_of_ten_megabytes() {
        MultipartConfigElement multipart = context.getBean(MultipartConfigElement.class);
        assertThat(multipart.getMaxFileSize()).isGreaterThanOrEqualTo(10L * 1024 * 1024);
        assertThat(multipart.getMaxRequestSize()).isGreaterThan(10L * 1024 * 1024);
        // Vaadin's servlet (which receives the upload widget's requests) uses that configuration.
        assertThat(context.getBeansOfType(ServletRegistrationBean.class).values())
                .anySatisfy(registration -> assertThat(registration.getMultipartConfig())
                        .isNotNull()
                        .satisfies(c -> assertThat(c.getMaxFileSize()).isEqualTo(multipart.getMaxFileSize())));
    }

    @Test
    void a_nine_megabyte_pdf_reaches_the_bourse() {
        byte[] pdf = new byte[(int) NINE_MB];
        Arrays.fill(pdf, (byte) ' ');
        byte[] header = "%PDF-1.7\n".getBytes(StandardCharsets.ISO_8859_1);
        System.arraycopy(header, 0, pdf, 0, header.length);
        FicheBourse fiche =
                fixtures.francaise("Objectif " + AtlasFixtures.token(), List.of("BJ"), "EAU_ASSAINISSEMENT");
        FicheBourse saved = service.soumettre(
                        fiche, List.of(new PieceEnvoyee("etude.pdf", pdf)), BourseFixtures.ip(), null)
                .orElseThrow();
        assertThat(jdbc.queryForList(
                        "SELECT type_mime, LENGTH(contenu) AS taille FROM bourse_piece WHERE fiche_id = ?",
                        saved.getId()))
                .singleElement()
                .satisfies(row -> {
                    assertThat(row.get("type_mime")).isEqualTo("application/pdf");
                    assertThat(((Number) row.get("taille")).longValue()).isEqualTo(NINE_MB);
                });
    }
}
