package fr.coopdec.jeunesse;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import fr.coopdec.shared.BusinessException;
import fr.coopdec.shared.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The visa invitation letter of a volunteer hosted in France, in French, generated from the placement:
 * the host structure invites the volunteer for the placement's dates and purpose; the signature block is
 * left for the host authority's representative.
 */
@Service
public class LettreInvitationService {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRENCH);

    private final MissionService missions;
    private final ReciprociteQueries reciprocite;
    private final Clock clock;

    LettreInvitationService(MissionService missions, ReciprociteQueries reciprocite, Clock clock) {
        this.missions = missions;
        this.reciprocite = reciprocite;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    @RolesAllowed({Roles.ADMIN, Roles.VOLONTARIAT, Roles.COLLECTIVITE})
    public byte[] pdf(long missionId) {
        Mission m = missions.get(missionId);
        if (m.getDirection() != Direction.ACCUEIL) {
            throw new BusinessException("jeunesse.lettre.accueil-seulement");
        }
        if (m.getVolontaire().isAnonymise()) {
            throw new BusinessException("jeunesse.volontaire.anonymise");
        }
        String partenariat =
                m.getPartenariatId() == null ? null : reciprocite.intitulePartenariat(m.getPartenariatId());
        return write(m, partenariat, LocalDate.now(clock));
    }

    static byte[] write(Mission m, String partenariat, LocalDate today) {
        Volontaire v = m.getVolontaire();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4, 60, 60, 60, 60);
        try {
            PdfWriter.getInstance(doc, out);
            doc.addTitle("Lettre d'invitation");
            doc.open();
            Font normal = new Font(Font.HELVETICA, 11);
            Font bold = new Font(Font.HELVETICA, 11, Font.BOLD);
            Font title = new Font(Font.HELVETICA, 14, Font.BOLD);
            doc.add(new Paragraph(m.getStructureAccueil(), bold));
            doc.add(new Paragraph(m.getVille() + ", le " + DATE.format(today), normal));
            doc.add(new Paragraph(" "));
            doc.add(new Paragraph(
                    "À l'attention des services consulaires de France – "
                            + m.getPays().getNomFr(),
                    normal));
            doc.add(new Paragraph(" "));
            Paragraph heading = new Paragraph("Lettre d'invitation", title);
            heading.setAlignment(Element.ALIGN_CENTER);
            doc.add(heading);
            doc.add(new Paragraph(" "));
            doc.add(new Paragraph("Madame, Monsieur,", normal));
            doc.add(new Paragraph(" "));
            String objet = "une mission de volontariat (" + libelle(m.getProgramme()) + ") en réciprocité"
                    + (partenariat == null
                            ? ""
                            : ", dans le cadre du partenariat de coopération décentralisée « " + partenariat + " »");
            doc.add(new Paragraph(
                    m.getStructureAccueil() + " a l'honneur d'inviter " + civilite(v)
                            + ", né(e) le " + DATE.format(v.getDateNaissance()) + ", de nationalité "
                            + v.getNationalite().getNomFr() + ", envoyé(e) par " + m.getStructureEnvoi()
                            + ", à effectuer "
                            + objet + ", à " + m.getVille() + " (France), du " + DATE.format(m.getDateDebut()) + " au "
                            + DATE.format(m.getDateFin()) + ".",
                    normal));
            doc.add(new Paragraph(" "));
            doc.add(new Paragraph(
                    "Pendant toute la durée de sa mission, la structure d'accueil assure l'accompagnement"
                            + " du volontaire. Nous vous remercions de bien vouloir lui délivrer le visa correspondant.",
                    normal));
            doc.add(new Paragraph(" "));
            doc.add(new Paragraph(
                    "Nous vous prions d'agréer, Madame, Monsieur, l'expression de notre considération" + " distinguée.",
                    normal));
            doc.add(new Paragraph(" "));
            doc.add(new Paragraph(" "));
            doc.add(new Paragraph("Pour " + m.getStructureAccueil() + ",", normal));
            doc.add(new Paragraph("Nom, qualité et signature :", normal));
            doc.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("Invitation letter could not be written", e);
        }
        return out.toByteArray();
    }

    private static String civilite(Volontaire v) {
        return v.getPrenom() + " " + v.getNom().toUpperCase(Locale.FRENCH);
    }

    private static String libelle(Programme p) {
        return switch (p) {
            case VSI -> "volontariat de solidarité internationale";
            case SERVICE_CIVIQUE_INTERNATIONAL -> "Service civique à l'international";
            case VOLONTARIAT_RECIPROCITE -> "volontariat de réciprocité";
            case JSI_VVSI -> "JSI / VVSI";
            case AUTRE -> "volontariat";
        };
    }
}
