package nl.weerbaar.app.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The start page and the login page. */
@Controller
class StartPages {

    @GetMapping("/")
    String start() {
        return "index";
    }

    @GetMapping("/login")
    String login() {
        return "login";
    }
}
