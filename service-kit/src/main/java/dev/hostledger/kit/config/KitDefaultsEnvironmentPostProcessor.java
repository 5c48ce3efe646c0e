package dev.hostledger.kit.config;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.ResourcePropertySource;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Adds the defaults every service shares as the lowest-precedence property source, so three services never carry
 * three copies of them, and disables Axon's update checker before Axon starts.
 */
public class KitDefaultsEnvironmentPostProcessor implements EnvironmentPostProcessor {

    static final String UPDATE_CHECKER_PROPERTY = "axoniq.update-checker.disabled";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        // Axon 4.12+ reads this JVM property (not a Spring one) and would otherwise phone home every minute.
        if (System.getProperty(UPDATE_CHECKER_PROPERTY) == null) {
            System.setProperty(UPDATE_CHECKER_PROPERTY, "true");
        }
        try {
            environment.getPropertySources().addLast(
                    new ResourcePropertySource("hostledger-kit-defaults",
                            new ClassPathResource("hostledger-kit-defaults.properties")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
