package app.jointly.infra;

import jakarta.servlet.http.HttpServletResponse;
import org.apache.catalina.Container;
import org.apache.catalina.Lifecycle;
import org.apache.catalina.LifecycleEvent;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Connector;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.http11.AbstractHttp11Protocol;
import org.apache.tomcat.util.buf.EncodedSolidusHandling;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/**
 * Requests refused before Spring MVC sees them answer the REST API's JSON: Spring Security's firewall
 * (encoded '/', '.', '%', ';', NUL, backslash: {@code RequestRejectedException}) and Tomcat's own error page.
 * Tomcat passes an encoded '/' through instead of refusing it itself, so that the firewall (and so this JSON)
 * decides.
 */
@Configuration(proxyBeanMethods = false)
class ApiRejectionConfiguration {

    private static final Logger log = LoggerFactory.getLogger(ApiRejectionConfiguration.class);

    @Bean
    RequestRejectedHandler apiRequestRejectedHandler() {
        return (request, response, rejected) -> {
            log.debug("Refused request {}: {}", request.getRequestURI(), rejected.getMessage());
            if (ApiRejections.isApi(request.getRequestURI())) {
                ApiRejections.write(response, HttpServletResponse.SC_BAD_REQUEST, ApiRejections.badPath());
            } else {
                response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            }
        };
    }

    @Bean
    ApiErrorPages apiErrorPages() {
        return new ApiErrorPages();
    }

    /** Runs after Boot's own Tomcat customizer, which adds the plain ErrorReportValve this one replaces. */
    static final class ApiErrorPages implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

        @Override
        public void customize(TomcatServletWebServerFactory factory) {
            factory.addConnectorCustomizers(connector -> {
                connector.setEncodedSolidusHandling(EncodedSolidusHandling.PASS_THROUGH.getValue());
                connector.addLifecycleListener(ApiRejectionConfiguration::answerParserRejections);
            });
            factory.addContextCustomizers(context -> useApiErrorReport(context.getParent()));
        }

        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE;
        }
    }

    /**
     * The connector makes its adapter when it is initialised; wrapping it then (before any connection is served)
     * lets requests the HTTP parser refused answer JSON too.
     */
    private static void answerParserRejections(LifecycleEvent event) {
        if (Lifecycle.AFTER_INIT_EVENT.equals(event.getType()) && event.getLifecycle() instanceof Connector connector
                && connector.getProtocolHandler() instanceof AbstractHttp11Protocol<?> http
                && !(http.getAdapter() instanceof ParserRejectionAdapter)) {
            http.setAdapter(new ParserRejectionAdapter(http.getAdapter(), http.getMaxHttpRequestHeaderSize()));
        }
    }

    private static void useApiErrorReport(Container host) {
        for (Valve valve : host.getPipeline().getValves()) {
            if (valve instanceof ErrorReportValve && !(valve instanceof ApiErrorReportValve)) {
                host.getPipeline().removeValve(valve);
            }
        }
        host.getPipeline().addValve(new ApiErrorReportValve());
        if (host instanceof StandardHost standardHost) {
            standardHost.setErrorReportValveClass(ApiErrorReportValve.class.getName());
        }
    }
}
