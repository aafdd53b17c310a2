package fr.coopdec.shared.scheduling;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * This application server's name in the jobs' journal and lock rows: {@code coopdec.instance-id}
 * ({@code COOPDEC_INSTANCE_ID}), else host name and process id.
 */
@Component
public class InstanceId {

    private final String value;

    InstanceId(@Value("${coopdec.instance-id:}") String configured) {
        this.value = configured.isBlank()
                ? hostName() + "/" + ProcessHandle.current().pid()
                : configured;
    }

    public String value() {
        return value;
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "unknown-host";
        }
    }
}
