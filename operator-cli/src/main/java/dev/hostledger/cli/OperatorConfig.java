package dev.hostledger.cli;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * Where the services are and who the operator is. Credentials come from the environment
 * ({@code HOSTLEDGER_OPERATOR_USER}, {@code HOSTLEDGER_OPERATOR_PASSWORD}) or from the config file
 * ({@code ~/.hostledger/operator.properties}: {@code user}, {@code password}), never from the command line, where
 * they would end up in shell history and in every process listing. The environment wins over the file.
 * Service URLs: {@code HOSTLEDGER_<SERVICE>_URL} or {@code <service>.url}, default the local stack's ports.
 */
public final class OperatorConfig {

    public static final String USER_ENV = "HOSTLEDGER_OPERATOR_USER";
    public static final String PASSWORD_ENV = "HOSTLEDGER_OPERATOR_PASSWORD";
    private static final Map<String, String> LOCAL_STACK = Map.of("account", "http://127.0.0.1:8081",
            "billing", "http://127.0.0.1:8082", "notification", "http://127.0.0.1:8083");

    private final Map<String, String> env;
    private final Properties file = new Properties();

    private OperatorConfig(Map<String, String> env) {
        this.env = env;
    }

    /** @param configFile the file to read; absent is fine (environment only) */
    public static OperatorConfig load(Map<String, String> env, Path configFile) {
        OperatorConfig config = new OperatorConfig(env);
        if (configFile != null && Files.isRegularFile(configFile)) {
            try (Reader reader = Files.newBufferedReader(configFile)) {
                config.file.load(reader);
            } catch (IOException e) {
                throw new CliFailure(ExitCodes.USAGE, "cannot read " + configFile + ": " + e.getMessage());
            }
        }
        return config;
    }

    public static Path defaultFile(Path home) {
        return home.resolve(".hostledger").resolve("operator.properties");
    }

    public String user() {
        return required(USER_ENV, "user");
    }

    public String password() {
        return required(PASSWORD_ENV, "password");
    }

    public String baseUrl(String service) {
        String key = service.toLowerCase(Locale.ROOT);
        if (!LOCAL_STACK.containsKey(key)) {
            throw new CliFailure(ExitCodes.USAGE, "unknown service '" + service + "': account, billing, notification");
        }
        String url = value("HOSTLEDGER_" + key.toUpperCase(Locale.ROOT) + "_URL", key + ".url");
        return stripSlash(url == null ? LOCAL_STACK.get(key) : url);
    }

    private String required(String envName, String fileKey) {
        String value = value(envName, fileKey);
        if (value == null || value.isBlank()) {
            throw new CliFailure(ExitCodes.USAGE, "no operator credential: set " + USER_ENV + " and " + PASSWORD_ENV
                    + ", or user= and password= in ~/.hostledger/operator.properties");
        }
        return value;
    }

    private String value(String envName, String fileKey) {
        String fromEnv = env.get(envName);
        return fromEnv != null && !fromEnv.isBlank() ? fromEnv : file.getProperty(fileKey);
    }

    private static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
