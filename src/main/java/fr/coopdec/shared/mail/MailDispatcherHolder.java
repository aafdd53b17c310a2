package fr.coopdec.shared.mail;

import org.springframework.context.SmartLifecycle;

/** Starts and stops this server's {@link MailDispatcher}, if it has one (see {@link MailDispatchConfiguration}). */
class MailDispatcherHolder implements SmartLifecycle {

    private final MailDispatcher dispatcher;

    MailDispatcherHolder(MailDispatcher dispatcher) {
        this.dispatcher = dispatcher;
    }

    @Override
    public void start() {
        if (dispatcher != null) {
            dispatcher.start();
        }
    }

    @Override
    public void stop() {
        if (dispatcher != null) {
            dispatcher.stop();
        }
    }

    @Override
    public boolean isRunning() {
        return dispatcher != null && dispatcher.isRunning();
    }
}
