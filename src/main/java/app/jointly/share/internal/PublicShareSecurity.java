package app.jointly.share.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The shared-document endpoints need no account: a chain of their own, ahead of the API chain, with no
 * authentication at all (a token or password sent along is ignored, never checked), no session and no CSRF
 * (nothing here rides on cookies). It matches only {@code /api/v1/shared/**}; everything else under /api keeps
 * the API chain.
 */
@Configuration(proxyBeanMethods = false)
class PublicShareSecurity {

    @Bean
    @Order(0)
    SecurityFilterChain sharedDocumentChain(HttpSecurity http) throws Exception {
        return http.securityMatcher("/api/v1/shared/**")
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .build();
    }
}
