package fr.coopdec.support;

import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategy;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Before each test, points Spring Security's static holder at the strategy of the test's own
 * application context. Vaadin installs its strategy as a static when a context starts; a test that
 * starts another context (two servers, a real HTTP port) would otherwise leave the holder on that
 * context's strategy, and the next test's sign-in would land where the method-security interceptors
 * of its own context never look ("An Authentication object was not found").
 */
public class ContextSecurityStrategyListener implements TestExecutionListener {

    @Override
    public void beforeTestMethod(TestContext testContext) {
        if (testContext.hasApplicationContext()) {
            testContext
                    .getApplicationContext()
                    .getBeanProvider(VaadinAwareSecurityContextHolderStrategy.class)
                    .ifAvailable(SecurityContextHolder::setContextHolderStrategy);
        }
    }
}
