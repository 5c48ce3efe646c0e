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
 * local only in what a customer reads. Amounts are formatted with {@code money} (a {@link MoneyFormat}).
 */
@Component
public class Templates {

    public static final String ACCOUNT_OPENED = "account-opened";

    private static final String PREFIX = "mail/";
    private static final Locale LOCALE = Locale.US;

    private final TemplateEngine text = engine(TemplateMode.TEXT, ".txt");
    private final TemplateEngine html = engine(TemplateMode.HTML, ".html");
    private final MoneyFormat money = new MoneyFormat(LOCALE);

    public RenderedMessage render(String template, String recipientName, String timeZone, Map<String, String> model) {
        if (!exists(template)) {
            throw new IllegalArgumentException("no template named '" + template + "'");
        }
        ZoneId zone = ZoneId.of(timeZone);
        Context context = new Context(LOCALE);
        context.setVariable("name", recipientName);
        context.setVariable("zone", zone);
        context.setVariable("money", money);
        model.forEach((key, value) -> context.setVariable(key,
                key.endsWith("At") ? Instant.parse(value).atZone(zone) : value));
        return new RenderedMessage(
                text.process(template + ".subject", context).strip(),
                text.process(template, context),
                html.process(template, context));
    }

    public boolean exists(String template) {
        return template.matches("[a-z0-9-]+")
                && Templates.class.getClassLoader().getResource(PREFIX + template + ".txt") != null;
    }

    private static TemplateEngine engine(TemplateMode mode, String suffix) {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(Templates.class.getClassLoader());
        resolver.setPrefix(PREFIX);
        resolver.setSuffix(suffix);
        resolver.setTemplateMode(mode);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        TemplateEngine engine = new TemplateEngine();
        engine.setTemplateResolver(resolver);
        return engine;
    }
}
