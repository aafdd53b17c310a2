package fr.coopdec.jeunesse;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The nightly anonymisation needs scheduling; enabling it twice (another module may) is harmless. */
@Configuration
@EnableScheduling
class JeunesseConfiguration {
}
