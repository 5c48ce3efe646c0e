package dev.hostledger.kit.web;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.List;

/**
 * Operator credentials for {@code /ops/**} (HTTP Basic). Passwords use Spring Security's encoded form, e.g.
 * {@code {bcrypt}$2a$10$...}, or {@code {noop}secret} for a local stack. No operator configured means no one can
 * reach the operator endpoints.
 */
@ConfigurationProperties("hostledger.security")
public record OperatorProperties(List<Operator> operators) {

    public OperatorProperties {
        operators = operators == null ? List.of() : List.copyOf(operators);
    }

    public record Operator(String username, String password) {
    }
}
