package fr.coopdec;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.theme.Theme;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableAsync;

@SpringBootApplication
@EnableAsync
@Theme("coopdec")
@Meta(name = "description", content = "CoopDec, la plateforme de la coopération décentralisée française")
public class CoopDecApplication implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication.run(CoopDecApplication.class, args);
    }
}
