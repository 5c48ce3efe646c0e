package dev.hostledger.account;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Customers, their funds and their hosted services. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class AccountServiceApplication {

    /** Its own config file name, so three services can share one JVM (tests, the local stack). */
    public static SpringApplicationBuilder application() {
        return new SpringApplicationBuilder(AccountServiceApplication.class)
                .properties("spring.config.name=account-service");
    }

    public static void main(String[] args) {
        application().run(args);
    }
}
