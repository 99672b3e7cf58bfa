package nl.weerbaar.app.web;

import nl.weerbaar.app.security.WeerbaarUser;
import nl.weerbaar.incident.api.Caller;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What the page layout needs on every page: the municipality's name and who is logged in. */
@ControllerAdvice
class LayoutModel {

    private final String municipalityName;

    LayoutModel(@Value("${weerbaar.municipality.name:Gemeente Assen}") String municipalityName) {
        this.municipalityName = municipalityName;
    }

    @ModelAttribute("municipalityName")
    String municipalityName() {
        return municipalityName;
    }

    @ModelAttribute("currentUser")
    Caller currentUser() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof WeerbaarUser user
                ? user.asCaller() : null;
    }
}
