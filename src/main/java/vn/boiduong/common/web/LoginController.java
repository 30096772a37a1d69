package vn.boiduong.common.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page and the page the security filters send a refused person to. */
@Controller
class LoginController {

    @GetMapping("/login")
    String login() {
        return "login";
    }

    @org.springframework.web.bind.annotation.RequestMapping("/forbidden")
    String forbidden(org.springframework.ui.Model model, jakarta.servlet.http.HttpServletResponse response) {
        response.setStatus(403);
        model.addAttribute("detail", "Trang này dành cho vai trò khác. Nếu cần quyền, hãy liên hệ quản trị.");
        return "error/403";
    }
}
