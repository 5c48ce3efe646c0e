package dev.hostledger.notification.delivery;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hostledger.kit.web.NotFoundException;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

/**
 * Renders a template without sending it: for the sample event kept beside it ({@code mail/<template>.sample.json}),
 * with whatever the operator supplies laid over the sample.
 */
@Component
public class TemplatePreviews {

    private final Templates templates;
    private final ObjectMapper json = new ObjectMapper();

    public TemplatePreviews(Templates templates) {
        this.templates = templates;
    }

    /** What a template is rendered from; any field may be null in a request, and then comes from the sample. */
    public record PreviewInput(String recipientName, String timeZone, Map<String, String> model) {
    }

    public RenderedMessage preview(String template, PreviewInput given) {
        if (!templates.exists(template)) {
            throw new NotFoundException("template", template);
        }
        PreviewInput sample = sample(template);
        Map<String, String> model = new HashMap<>(sample.model() == null ? Map.of() : sample.model());
        if (given != null && given.model() != null) {
            model.putAll(given.model());
        }
        String name = given != null && given.recipientName() != null ? given.recipientName() : sample.recipientName();
        String zone = given != null && given.timeZone() != null ? given.timeZone() : sample.timeZone();
        return templates.render(template, name, zone, model);
    }

    private PreviewInput sample(String template) {
        try (InputStream in = Templates.class.getClassLoader()
                .getResourceAsStream("mail/" + template + ".sample.json")) {
            if (in == null) {
                return new PreviewInput("Sample Customer", "UTC", Map.of());
            }
            return json.readValue(in, PreviewInput.class);
        } catch (IOException e) {
            throw new UncheckedIOException("unreadable sample of template " + template, e);
        }
    }
}
