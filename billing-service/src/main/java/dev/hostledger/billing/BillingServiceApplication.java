package dev.hostledger.billing;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Invoices, payments, dunning, grace windows and incidents: the service that decides. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class BillingServiceApplication {

    /** Its own config file name, so three services can share one JVM (tests, the local stack). */
    public static SpringApplicationBuilder application() {
        return new SpringApplicationBuilder(BillingServiceApplication.class)
                .properties("spring.config.name=billing-service");
    }

    public static void main(String[] args) {
        application().run(args);
    }
}
