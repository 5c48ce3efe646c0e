package dev.hostledger.notification;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Tells customers what happened to their account, once per fact. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class NotificationServiceApplication {

    /** Its own config file name, so three services can share one JVM (tests, the local stack). */
    public static SpringApplicationBuilder application() {
        return new SpringApplicationBuilder(NotificationServiceApplication.class)
                .properties("spring.config.name=notification-service");
    }

    public static void main(String[] args) {
        application().run(args);
    }
}
