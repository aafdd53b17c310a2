package fr.coopdec.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.shared.Registration;

/**
 * An Apache ECharts chart (WebJar, no npm build: see STACK-NOTES). Set the option as JSON built by
 * {@link ChartOptions}; listen to clicks with {@link #addClickListener}. Exposed to assistive
 * technologies as an image with a label: always pair it with a {@link ChartTable} of the same numbers.
 */
@Tag("coopdec-echart")
@JavaScript("context://webjars/echarts/5.5.0/echarts.min.js")
@JavaScript("context://js/coopdec-echart.js")
public class EChart extends Component implements HasSize, HasStyle {

    /** Where the world GeoJSON is served from (relative to the app's base URL). */
    public static final String WORLD_MAP_URL = "geo/world.json";

    public EChart() {
        getElement().setAttribute("role", "img");
        setWidthFull();
        setHeight("360px");
    }

    /**
     * The ECharts option, as JSON (see {@link ChartOptions}). Kept as one string property that the
     * element parses: a parsed JSON tree held in the session weighed several times as much.
     */
    public void setOption(String json) {
        getElement().setProperty("option", json);
    }

    public String getOption() {
        return getElement().getProperty("option");
    }

    /** The accessible name of the chart, e.g. "Carte des partenariats actifs par pays". */
    public void setAriaLabel(String label) {
        getElement().setAttribute("aria-label", label);
    }

    public String getAriaLabel() {
        return getElement().getAttribute("aria-label");
    }

    /** Registers the world map ({@code "world"} in the options) before drawing. */
    public void useWorldMap() {
        getElement().setAttribute("map-url", WORLD_MAP_URL);
        getElement().setAttribute("map-name", ChartOptions.WORLD_MAP);
    }

    public Registration addClickListener(ComponentEventListener<ChartClickEvent> listener) {
        return addListener(ChartClickEvent.class, listener);
    }

    /** A click on a bar, a slice or a country: its code (item name when the item has no code) and value. */
    @DomEvent("coopdec-chart-click")
    public static class ChartClickEvent extends ComponentEvent<EChart> {

        private final String code;
        private final String name;
        private final Double value;

        public ChartClickEvent(
                EChart source,
                boolean fromClient,
                @EventData("event.detail.code") String code,
                @EventData("event.detail.name") String name,
                @EventData("event.detail.value") Double value) {
            super(source, fromClient);
            this.code = code;
            this.name = name;
            this.value = value;
        }

        public String getCode() {
            return code;
        }

        public String getName() {
            return name;
        }

        /** Null when the clicked item has no value (a country without data). */
        public Double getValue() {
            return value;
        }
    }
}
