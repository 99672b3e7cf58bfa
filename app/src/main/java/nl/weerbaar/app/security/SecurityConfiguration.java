package nl.weerbaar.app.security;

import java.util.List;
import nl.weerbaar.app.accesslog.AccessLog;
import nl.weerbaar.app.accesslog.AccessLogFilter;
import nl.weerbaar.app.demo.DemoData;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;

/**
 * Three doors: {@code /api/**} with HTTP Basic or an API token ({@link ApiTokens}) and no session;
 * {@code /actuator/**} where only health is public; and the pages, with form login and CSRF protection.
 * Reads through the API and the pages are written to the access log ({@link AccessLogFilter}).
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    Accounts accounts(AccountProperties properties, ObjectProvider<DemoData> demo, PasswordEncoder encoder) {
        List<WeerbaarUser> demoUsers = demo.stream().flatMap(data -> data.users(encoder).stream()).toList();
        return new Accounts(properties, demoUsers);
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, ProblemAuthenticationEntryPoint problems, ApiTokens tokens,
            Accounts accounts, AccessLog accessLog) throws Exception {
        return http.securityMatcher("/api/**")
                .addFilterBefore(new ApiTokenFilter(tokens, accounts, problems), BasicAuthenticationFilter.class)
                .addFilterBefore(new AccessLogFilter(accessLog), AuthorizationFilter.class)
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(problems))
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(problems))
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain actuator(HttpSecurity http, ProblemAuthenticationEntryPoint problems) throws Exception {
        return http.securityMatcher("/actuator/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.GET, "/actuator/health", "/actuator/health/**").permitAll()
                        .anyRequest().hasRole("ADMINISTRATOR"))
                .httpBasic(basic -> basic.authenticationEntryPoint(problems))
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain pages(HttpSecurity http, AccessLog accessLog) throws Exception {
        return http
                .addFilterBefore(new AccessLogFilter(accessLog), AuthorizationFilter.class)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/css/**", "/login", "/error", "/favicon.ico", "/toegankelijkheid").permitAll()
                        .anyRequest().authenticated())
                .formLogin(login -> login.loginPage("/login").defaultSuccessUrl("/", false).permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/login?logout").permitAll())
                .build();
    }
}
