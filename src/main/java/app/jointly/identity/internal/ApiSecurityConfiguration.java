package app.jointly.identity.internal;

import app.jointly.identity.ApiTokenService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;

/**
 * Security for /api: bearer tokens everywhere, HTTP Basic to obtain a token, no sessions and no CSRF (nothing
 * there rides on cookies). The collaboration socket is the exception: a browser editor upgrades with its
 * session cookie, while other clients present a token.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableMethodSecurity
class ApiSecurityConfiguration {

    static final String COLLAB_PATH = "/api/v1/collab";

    @Bean
    @Order(1)
    SecurityFilterChain collabSocketChain(HttpSecurity http, ApiTokenService tokens,
            ApiAuthenticationEntryPoint entryPoint, SecurityContextHolderStrategy contexts) throws Exception {
        return http.securityMatcher(COLLAB_PATH, COLLAB_PATH + "/**")
                .authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
                .addFilterBefore(new BearerTokenFilter(tokens, entryPoint, true, contexts), BasicAuthenticationFilter.class)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.NEVER))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .exceptionHandling(e -> e.authenticationEntryPoint(entryPoint).accessDeniedHandler(entryPoint))
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain apiChain(HttpSecurity http, ApiTokenService tokens, ApiAuthenticationEntryPoint entryPoint,
            SecurityContextHolderStrategy contexts) throws Exception {
        return http.securityMatcher("/api/**")
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/api/v1/openapi", "/api/v1/openapi/**", "/api/v1/docs",
                                "/api/v1/docs/**", "/api/v1/swagger-ui/**").permitAll()
                        .anyRequest().authenticated())
                .addFilterBefore(new BearerTokenFilter(tokens, entryPoint, false, contexts), BasicAuthenticationFilter.class)
                .httpBasic(basic -> basic.authenticationEntryPoint(entryPoint))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .exceptionHandling(e -> e.authenticationEntryPoint(entryPoint).accessDeniedHandler(entryPoint))
                .build();
    }
}
