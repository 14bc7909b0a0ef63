package app.jointly.identity.ui;

import app.jointly.identity.SignInThrottledException;
import app.jointly.ui.LoginView;
import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategyConfiguration;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/** Security for the Vaadin views: a session, the login view, and CSRF protection from Vaadin. */
@Configuration(proxyBeanMethods = false)
@Import(VaadinAwareSecurityContextHolderStrategyConfiguration.class)
class ViewSecurityConfiguration {

    @Bean
    @Order(10)
    SecurityFilterChain viewChain(HttpSecurity http) throws Exception {
        AuthenticationFailureHandler failure = (request, response, exception) -> response.sendRedirect(
                request.getContextPath() + (exception instanceof SignInThrottledException
                        ? "/login?throttled" : "/login?error"));
        return http
                .authorizeHttpRequests(auth -> auth.requestMatchers("/swagger-ui/**", "/swagger-ui.html").permitAll())
                .with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class))
                .formLogin(form -> form.failureHandler(failure))
                .build();
    }
}
