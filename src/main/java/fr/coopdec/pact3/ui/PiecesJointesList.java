package fr.coopdec.pact3.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import fr.coopdec.pact3.PieceJointe;
import fr.coopdec.pact3.PieceJointeInfo;
import fr.coopdec.pact3.PieceJointeService;
import java.io.ByteArrayInputStream;
import java.util.List;

/** Files as download links; the service checks on each download that the user may read them. */
class PiecesJointesList extends UnorderedList {

    private final transient PieceJointeService service;

    PiecesJointesList(PieceJointeService service) {
        this.service = service;
    }

    void show(List<PieceJointeInfo> infos) {
        removeAll();
        for (PieceJointeInfo info : infos) {
            Anchor link = new Anchor(
                    DownloadHandler.fromInputStream(event -> {
                        PieceJointe piece = service.telecharger(info.id());
                        return new DownloadResponse(
                                new ByteArrayInputStream(piece.getContenu()),
                                piece.getNomFichier(),
                                piece.getTypeMime(),
                                piece.getTaille());
                    }),
                    info.nomFichier());
            link.getElement().setAttribute("download", true);
            add(new ListItem(link));
        }
    }
}
