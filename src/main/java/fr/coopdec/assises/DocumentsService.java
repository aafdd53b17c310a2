package fr.coopdec.assises;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import fr.coopdec.shared.BusinessException;
import fr.coopdec.shared.TranslationProvider;
import fr.coopdec.shared.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Badges (name, organisation, category, QR code of the badge token) and attendance certificates, as PDF. */
@Service
@RolesAllowed({Roles.ADMIN, Roles.ORGANISATEUR})
public class DocumentsService {

    private static final DateTimeFormatter JOUR = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRENCH);

    private final ParticipantsService participants;
    private final PresenceService presences;
    private final InscriptionRepository inscriptions;
    private final AssisesScope scope;

    DocumentsService(
            ParticipantsService participants,
            PresenceService presences,
            InscriptionRepository inscriptions,
            AssisesScope scope) {
        this.participants = participants;
        this.presences = presences;
        this.inscriptions = inscriptions;
        this.scope = scope;
    }

    /** One A6 badge per page for every confirmed participant of the event. */
    @Transactional(readOnly = true)
    public byte[] badges(long evenementId) {
        List<Inscription> liste = participants.confirmes(evenementId);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A6, 24, 24, 24, 24);
        PdfWriter.getInstance(document, out);
        document.open();
        Font nom = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 20);
        Font texte = FontFactory.getFont(FontFactory.HELVETICA, 11);
        for (Inscription i : liste) {
            document.newPage();
            Paragraph titre = new Paragraph(i.getEvenement().getTitre(), texte);
            titre.setAlignment(Element.ALIGN_CENTER);
            document.add(titre);
            Paragraph p = new Paragraph(i.getNomComplet(), nom);
            p.setAlignment(Element.ALIGN_CENTER);
            p.setSpacingBefore(16);
            document.add(p);
            Paragraph org = new Paragraph(i.getOrganisation(), texte);
            org.setAlignment(Element.ALIGN_CENTER);
            document.add(org);
            Paragraph cat = new Paragraph(
                    TranslationProvider.translate("assises.categorie." + i.getCategorie(), TranslationProvider.FRENCH),
                    texte);
            cat.setAlignment(Element.ALIGN_CENTER);
            document.add(cat);
            try {
                Image qr = Image.getInstance(qrCode(i.getBadgeJeton(), 300), null);
                qr.scaleAbsolute(120, 120);
                qr.setAlignment(Element.ALIGN_CENTER);
                document.add(qr);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        if (liste.isEmpty()) {
            document.add(new Paragraph(
                    TranslationProvider.translate("assises.badges.aucun", TranslationProvider.FRENCH), texte));
        }
        document.close();
        return out.toByteArray();
    }

    /** An attendance certificate listing the days the participant was checked in. */
    @Transactional(readOnly = true)
    public byte[] attestation(long inscriptionId) {
        Inscription i = inscriptions
                .findById(inscriptionId)
                .orElseThrow(() -> new BusinessException("assises.erreur.inscription-introuvable"));
        scope.exigerGestion(i.getEvenement().getId());
        List<LocalDate> jours = presences.jours(inscriptionId);
        if (jours.isEmpty()) {
            throw new BusinessException("assises.erreur.jamais-present", i.getNomComplet());
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 72, 72, 72, 72);
        PdfWriter.getInstance(document, out);
        document.open();
        Locale fr = TranslationProvider.FRENCH;
        Paragraph titre = new Paragraph(
                TranslationProvider.translate("assises.attestation.titre", fr),
                FontFactory.getFont(FontFactory.HELVETICA_BOLD, 22));
        titre.setAlignment(Element.ALIGN_CENTER);
        titre.setSpacingAfter(36);
        document.add(titre);
        document.add(new Paragraph(
                TranslationProvider.translate(
                        "assises.attestation.texte",
                        fr,
                        i.getNomComplet(),
                        i.getOrganisation(),
                        i.getEvenement().getTitre(),
                        i.getEvenement().getLieu(),
                        String.join(", ", jours.stream().map(JOUR::format).toList())),
                FontFactory.getFont(FontFactory.HELVETICA, 13)));
        document.close();
        return out.toByteArray();
    }

    static BufferedImage qrCode(String contenu, int taille) {
        try {
            BitMatrix matrix = new QRCodeWriter()
                    .encode(
                            contenu,
                            BarcodeFormat.QR_CODE,
                            taille,
                            taille,
                            Map.of(EncodeHintType.MARGIN, 4)); // the standard quiet zone: scanners at the door need it
            BufferedImage image = new BufferedImage(taille, taille, BufferedImage.TYPE_INT_RGB);
            for (int x = 0; x < taille; x++) {
                for (int y = 0; y < taille; y++) {
                    image.setRGB(x, y, matrix.get(x, y) ? Color.BLACK.getRGB() : Color.WHITE.getRGB());
                }
            }
            return image;
        } catch (WriterException e) {
            throw new IllegalStateException(e);
        }
    }
}
