package dev.hostledger.notification.web;

import dev.hostledger.notification.delivery.RenderedMessage;
import dev.hostledger.notification.delivery.TemplatePreviews;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Operators see what a customer would get, rendered for a sample or a given event, without anything being sent. */
@RestController
public class TemplatePreviewController {

    private final TemplatePreviews previews;

    public TemplatePreviewController(TemplatePreviews previews) {
        this.previews = previews;
    }

    @GetMapping("/ops/templates/{template}/preview")
    public RenderedMessage sample(@PathVariable String template) {
        return previews.preview(template, null);
    }

    @PostMapping("/ops/templates/{template}/preview")
    public RenderedMessage given(@PathVariable String template,
                                 @RequestBody TemplatePreviews.PreviewInput input) {
        return previews.preview(template, input);
    }
}
