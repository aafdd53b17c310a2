package fr.coopdec.shared.abuse;

import com.vaadin.flow.server.VaadinRequest;

/**
 * The client's address as the rate limits see it. Behind a reverse proxy, Tomcat's RemoteIpValve
 * ({@code server.forward-headers-strategy=native}) has already replaced the proxy's address by the
 * client's from X-Forwarded-For, for the proxies listed in {@code server.tomcat.remoteip.internal-proxies}.
 */
public final class AdresseClient {

    private AdresseClient() {}

    /** The address of the request being handled by Vaadin, or null outside a request. */
    public static String courante() {
        VaadinRequest request = VaadinRequest.getCurrent();
        return request == null ? null : request.getRemoteAddr();
    }
}
