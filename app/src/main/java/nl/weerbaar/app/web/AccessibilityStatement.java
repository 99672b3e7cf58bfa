package nl.weerbaar.app.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The accessibility statement (toegankelijkheidsverklaring), public: linked from every page's footer. */
@Controller
class AccessibilityStatement {

    static final String PATH = "/toegankelijkheid";

    private final AccessibilitySettings settings;

    AccessibilityStatement(AccessibilitySettings settings) {
        this.settings = settings;
    }

    @GetMapping(PATH)
    String statement(Model model) {
        model.addAttribute("statement", settings);
        return "accessibility";
    }
}
