package nl.weerbaar.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.ResultActions;

/** API tokens: exchanged for a password once, then a cheap credential per request, until they expire. */
class ApiTokenTest extends ApplicationTest {

    @Test
    void aTokenFromThePasswordActsAsTheAccount() throws Exception {
        String answer = mvc.perform(post("/api/tokens").with(httpBasic("griffier", "demo")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.tokenType").value("Bearer"))
                .andReturn().getResponse().getContentAsString();
        String token = (String) JsonText.parse(answer).get("token");
        Instant expiresAt = Instant.parse((String) JsonText.parse(answer).get("expiresAt"));
        assertThat(expiresAt).isBetween(clock.instant().plus(Duration.ofHours(8)).minusSeconds(5),
                clock.instant().plus(Duration.ofHours(8)));

        me(token).andExpect(status().isOk())
                .andExpect(jsonPath("$.username").value("griffier"))
                .andExpect(jsonPath("$.roles[0]").value("CLERK"));
    }

    @Test
    void aWrongPasswordGetsNoToken() throws Exception {
        mvc.perform(post("/api/tokens").with(httpBasic("griffier", "geraden")))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void aTamperedOrForeignTokenIsRefusedWithAProblem() throws Exception {
        String token = token("raadslid");
        // the same payload naming another account, with the original signature
        String payload = new String(Base64.getUrlDecoder().decode(token.substring(0, token.indexOf('.'))),
                StandardCharsets.UTF_8);
        String forged = Base64.getUrlEncoder().withoutPadding()
                .encodeToString(payload.replace("raadslid", "burgemeester").getBytes(StandardCharsets.UTF_8))
                + token.substring(token.indexOf('.'));

        for (String bad : new String[] {forged, token + "x", "not-a-token", token.replace('.', '!')}) {
            me(bad).andExpect(status().isUnauthorized())
                    .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        }
    }

    @Test
    void aTokenExpiresAfterItsLifetime() throws Exception {
        String token = token("burgemeester");
        clock.advance(Duration.ofHours(8).minusMinutes(1));
        me(token).andExpect(status().isOk());
        clock.advance(Duration.ofMinutes(2));
        me(token).andExpect(status().isUnauthorized());
    }

    @Test
    void aTokenCannotRenewItself() throws Exception {
        String token = token("griffier");
        mvc.perform(post("/api/tokens").header(HttpHeaders.AUTHORIZATION, "Bearer " + token))
                .andExpect(status().isForbidden());
    }

    private String token(String account) throws Exception {
        String answer = mvc.perform(post("/api/tokens").with(httpBasic(account, "demo")))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return (String) JsonText.parse(answer).get("token");
    }

    private ResultActions me(String token) throws Exception {
        return mvc.perform(get("/api/me").header(HttpHeaders.AUTHORIZATION, "Bearer " + token));
    }
}
