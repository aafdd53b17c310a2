package fr.coopdec.shared.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import fr.coopdec.atlas.demo.AtlasDemoGenerator;
import fr.coopdec.support.KaribuTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class DemoNoticeTest extends KaribuTest {

    @Autowired
    AtlasDemoGenerator generator;

    @AfterEach
    void removeDemoData() {
        generator.purge();
    }

    @Test
    void every_page_says_plainly_when_it_shows_demonstration_data() {
        generator.purge();
        navigate("");
        assertThat(_find(DemoNotice.class))
                .as("no visible notice without demo data")
                .isEmpty();

        generator.generate(20, 7);
        UI.getCurrent().getPage().reload();

        DemoNotice notice = _get(DemoNotice.class);
        assertThat(notice.isVisible()).isTrue();
        assertThat(notice.getText()).isEqualTo("Données de démonstration : les partenariats affichés sont fictifs.");
    }
}
