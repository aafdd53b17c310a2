package fr.coopdec.shared.ops;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;

/**
 * {@code coopdec.vaadin.sessions}: the Vaadin sessions this server holds in memory. Each keeps its
 * user's UI here, which is why the load balancer sends a user back to the same server, and what
 * sizes the heap (see the README's "Exploitation").
 */
@Component
class VaadinSessionMetrics implements VaadinServiceInitListener {

    private final AtomicInteger open = new AtomicInteger();

    VaadinSessionMetrics(MeterRegistry meters) {
        Gauge.builder("coopdec.vaadin.sessions", open, AtomicInteger::get)
                .description("Vaadin sessions held in this server's memory")
                .register(meters);
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> open.incrementAndGet());
        event.getSource().addSessionDestroyListener(destroy -> open.decrementAndGet());
    }
}
