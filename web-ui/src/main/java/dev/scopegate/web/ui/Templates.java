package dev.scopegate.web.ui;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

/**
 * Renders the admin UI's Thymeleaf templates ({@code templates/*.html} on the class path).
 * Output is escaped by default: {@code th:text} never lets a key named {@code <script>} run.
 */
@ApplicationScoped
public class Templates {

    @Inject
    ServletContext servletContext;

    private TemplateEngine engine;
    private JakartaServletWebApplication application;

    @PostConstruct
    void configure() {
        ClassLoaderTemplateResolver resolver =
                new ClassLoaderTemplateResolver(Templates.class.getClassLoader());
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        engine = new TemplateEngine();
        engine.setTemplateResolver(resolver);
        application = JakartaServletWebApplication.buildApplication(servletContext);
    }

    public String render(String template, Map<String, Object> model,
            HttpServletRequest request, HttpServletResponse response) {
        WebContext context = new WebContext(application.buildExchange(request, response));
        context.setVariables(model);
        return engine.process(template, context);
    }
}
