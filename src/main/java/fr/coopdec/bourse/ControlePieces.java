package fr.coopdec.bourse;

import fr.coopdec.shared.BusinessException;
import fr.coopdec.shared.files.FileTypes;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Attachments of a public form: at most 5, 10 MB each, PDF or image. The type is read from the bytes
 * (Tika's magic numbers), never from the name: a text file named "x.pdf" is refused.
 */
@Component
public class ControlePieces {

    public static final int MAX_PIECES = 5;
    public static final long MAX_OCTETS = FileTypes.MAX_ATTACHMENT_BYTES;
    static final Set<String> TYPES = FileTypes.PDF_AND_IMAGES;

    /** The detected type of each attachment, in order; refuses the first that breaks a rule. */
    public List<String> verifier(List<PieceEnvoyee> pieces) {
        if (pieces.size() > MAX_PIECES) {
            throw new BusinessException("bourse.piece.trop-nombreuses", MAX_PIECES);
        }
        return pieces.stream().map(this::type).toList();
    }

    private String type(PieceEnvoyee piece) {
        if (piece.contenu().length > MAX_OCTETS) {
            throw new BusinessException("bourse.piece.trop-grande", piece.nom());
        }
        String type = FileTypes.detect(piece.nom(), piece.contenu());
        if (!TYPES.contains(type)) {
            throw new BusinessException("bourse.piece.type-refuse", piece.nom());
        }
        return type;
    }
}
