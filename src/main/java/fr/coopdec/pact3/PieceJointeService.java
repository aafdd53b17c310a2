package fr.coopdec.pact3;

import fr.coopdec.shared.BusinessException;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading an application's attachments or a mission's report: DAECT, the applying authority and the
 * jurors assigned to that application; nobody else.
 */
@Service
public class PieceJointeService {

    private final PieceJointeRepository pieces;
    private final CandidatureRepository candidatures;
    private final MissionExploratoireRepository missions;
    private final JureRepository jures;
    private final Pact3Scope scope;

    PieceJointeService(
            PieceJointeRepository pieces,
            CandidatureRepository candidatures,
            MissionExploratoireRepository missions,
            JureRepository jures,
            Pact3Scope scope) {
        this.pieces = pieces;
        this.candidatures = candidatures;
        this.missions = missions;
        this.jures = jures;
        this.scope = scope;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<PieceJointeInfo> deCandidature(long candidatureId) {
        checkReader(candidatures
                .findById(candidatureId)
                .orElseThrow(() -> new BusinessException("pact3.candidature.introuvable")));
        return pieces.findInfosByCandidature(candidatureId);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<PieceJointeInfo> deMission(long missionId) {
        checkReader(missions.findById(missionId)
                .orElseThrow(() -> new BusinessException("pact3.mission.introuvable"))
                .getCandidature());
        return pieces.findInfosByMission(missionId);
    }

    /** The file with its content, for a download. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public PieceJointe telecharger(long pieceId) {
        PieceJointe piece =
                pieces.findById(pieceId).orElseThrow(() -> new BusinessException("pact3.piece.introuvable"));
        Candidature candidature = piece.getCandidatureId() != null
                ? candidatures.findById(piece.getCandidatureId()).orElseThrow()
                : missions.findById(piece.getMissionId()).orElseThrow().getCandidature();
        checkReader(candidature);
        return piece;
    }

    private void checkReader(Candidature candidature) {
        var user = scope.user();
        boolean allowed =
                switch (user.getRole()) {
                    case ADMIN -> true;
                    case COLLECTIVITE ->
                        user.getCollectiviteFrancaiseId()
                                        .map(candidature.getCollectiviteFrancaiseId()::equals)
                                        .orElse(false)
                                || jures.existsByCandidatureIdAndUtilisateurId(candidature.getId(), user.getId());
                    default -> jures.existsByCandidatureIdAndUtilisateurId(candidature.getId(), user.getId());
                };
        if (!allowed) {
            throw new AccessDeniedException(
                    "Attachments of application " + candidature.getId() + " are outside the user's scope");
        }
    }
}
