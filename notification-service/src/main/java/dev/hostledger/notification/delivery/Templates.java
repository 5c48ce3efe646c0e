package dev.hostledger.notification.delivery;

import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;

/**
 * Renders {@code mail/<template>.subject.txt}, {@code .txt} and {@code .html} with Thymeleaf. Model values whose key
 * ends in {@code At} are instants and reach the template as date-times in the customer's zone: time is UTC inside,
 * local only in what a customer reads.
 */
@Component
public class Templates {

    public static final String ACCOUNT_OPENED = "account-opened";

    private final TemplateEngine text = engine(TemplateMode.TEXT, ".txt");
    private final TemplateEngine html = engine(TemplateMode.HTML, ".html");

    public RenderedMessage render(String template, String recipientName, String timeZone, Map<String, String> model) {
        ZoneId zone = ZoneId.of(timeZone);
        Context context = new Context(Locale.ENGLISH);
        context.setVariable("name", recipientName);
        context.setVariable("zone", zone);
        model.forEach((key, value) -> context.setVariable(key,
                key.endsWith("At") ? Instant.parse(value).atZone(zone) : value));
        return new RenderedMessage(
                text.process(template + ".subject", context).strip(),
                text.process(template, context),
                html.process(template, context));
    }

    private static TemplateEngine engine(TemplateMode mode, String suffix) {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(Templates.class.getClassLoader());
        resolver.setPrefix("mail/");
        resolver.setSuffix(suffix);
        resolver.setTemplateMode(mode);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        TemplateEngine engine = new TemplateEngine();
        engine.setTemplateResolver(resolver);
        return engine;
    }
}
