package dev.hostledger.kit.web;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.security.servlet.UserDetailsServiceAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.WebMvcAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;

import java.util.List;

/**
 * Operator endpoints ({@code /ops/**}) need an operator credential; customer endpoints and health do not.
 * Stateless: no session, no CSRF token (no browser forms, every call carries its credential).
 */
// Before Boot's MVC configuration, so its own problem-details handler backs off in favour of ours.
@AutoConfiguration(before = {UserDetailsServiceAutoConfiguration.class, WebMvcAutoConfiguration.class})
@EnableConfigurationProperties(OperatorProperties.class)
@Import({ProblemDetailsAdvice.class, EventStoreOpsController.class})
public class WebAutoConfiguration {

    public static final String OPERATOR_ROLE = "OPERATOR";

    @Bean
    public SecurityFilterChain hostledgerSecurity(HttpSecurity http) throws Exception {
        return http
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/ops/**").hasRole(OPERATOR_ROLE)
                        .anyRequest().permitAll())
                .httpBasic(basic -> basic.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)))
                .build();
    }

    @Bean
    public PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    public InMemoryUserDetailsManager operatorAccounts(OperatorProperties properties) {
        List<UserDetails> operators = properties.operators().stream()
                .map(operator -> User.withUsername(operator.username())
                        .password(operator.password())
                        .roles(OPERATOR_ROLE)
                        .build())
                .toList();
        return new InMemoryUserDetailsManager(operators);
    }
}
