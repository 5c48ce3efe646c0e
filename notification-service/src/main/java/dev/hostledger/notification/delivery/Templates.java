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
 * ends in {@code At} or {@code Until} are instants and reach the template as date-times in the customer's zone: time
 * is UTC inside, local only in what a customer reads. Amounts are formatted with {@code money} (a
 * {@link MoneyFormat}).
 */
@Component
public class Templates {

    // One template per message; README's notification section names the event that triggers each.
    public static final String ACCOUNT_OPENED = "account-opened";
    public static final String COMPENSATION_CREDITED = "compensation-credited";
    public static final String SERVICE_DELIVERED = "service-delivered";
    public static final String SERVICE_SUSPENDED = "service-suspended";
    public static final String SERVICE_UNSUSPENDED = "service-unsuspended";
    public static final String SERVICE_TERMINATED = "service-terminated";
    public static final String RENEWAL_DATE_EXTENDED = "renewal-date-extended";
    public static final String INVOICE_ISSUED = "invoice-issued";
    public static final String PAYMENT_RECEIVED = "payment-received";
    public static final String INVOICE_PAID = "invoice-paid";
    public static final String CREDIT_NOTE_ISSUED = "credit-note-issued";
    public static final String PAYMENT_REFUNDED = "payment-refunded";
    public static final String INVOICE_REMINDER = "invoice-reminder";
    public static final String INVOICE_OVERDUE = "invoice-overdue";
    public static final String SUSPENSION_WARNING = "suspension-warning";
    public static final String GRACE_PERIOD_DECLARED = "grace-period-declared";
    public static final String GRACE_PERIOD_EXTENDED = "grace-period-extended";
    public static final String GRACE_ENDING_NOTICE = "grace-ending-notice";

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
                isInstant(key) ? Instant.parse(value).atZone(zone) : value));
        return new RenderedMessage(
                text.process(template + ".subject", context).strip(),
                text.process(template, context),
                html.process(template, context));
    }

    public static boolean isInstant(String modelKey) {
        return modelKey.endsWith("At") || modelKey.endsWith("Until");
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
