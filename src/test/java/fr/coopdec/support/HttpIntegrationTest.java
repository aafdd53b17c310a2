package fr.coopdec.support;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The application on a real port, for tests that speak HTTP as a client would (redirects, cookies,
 * Tomcat's own limits), with ProConnect sign-in configured against {@link ProConnectMock}. Every
 * subclass shares one Spring context (this class holds the only configuration): add none of your own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
public abstract class HttpIntegrationTest {

    @LocalServerPort
    protected int port;

    @DynamicPropertySource
    static void proConnect(DynamicPropertyRegistry registry) {
        registry.add("coopdec.proconnect.client-id", () -> ProConnectMock.CLIENT_ID);
        registry.add("coopdec.proconnect.client-secret", () -> ProConnectMock.CLIENT_SECRET);
        registry.add("coopdec.proconnect.domain", ProConnectMock::domain);
    }

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }
}
