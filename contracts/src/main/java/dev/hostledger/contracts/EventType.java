package dev.hostledger.contracts;

/**
 * One CloudEvents type: its name (e.g. {@code hostledger.account.account-opened.v1}), the topic it travels on and
 * the Java record its {@code data} binds to. The JSON Schema of its data is the classpath resource
 * {@link #schemaResource()}.
 */
public record EventType<T extends IntegrationEvent>(String name, String topic, Class<T> dataClass) {

    public String schemaResource() {
        return "/hostledger/schemas/" + name + ".json";
    }
}
