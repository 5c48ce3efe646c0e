package dev.hostledger.kit.config;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import java.net.URI;

/**
 * Who this service is on the wire.
 *
 * @param name   consumer group, inbox consumer name and client id prefix (e.g. {@code account-service})
 * @param source CloudEvents {@code source} of what it publishes (e.g. {@code /hostledger/account})
 */
@Validated
@ConfigurationProperties("hostledger.service")
public record ServiceProperties(@NotBlank String name, @NotNull URI source) {
}
