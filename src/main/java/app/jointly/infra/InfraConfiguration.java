package app.jointly.infra;

import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(JointlyProperties.class)
class InfraConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
