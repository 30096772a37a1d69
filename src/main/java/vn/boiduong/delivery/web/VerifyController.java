package vn.boiduong.delivery.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import vn.boiduong.delivery.CertificateService;

/**
 * The public verification page of a certificate (no sign-in), at the address printed on it: every
 * field printed, its status (valid, expired, revoked with the decision and reason) and the SHA-256 of
 * the PDF as issued, so a reader can compare it with the file in hand. An unknown code is a 404 page
 * that says nothing more.
 */
@Controller
class VerifyController {

    private final CertificateService certificates;

    VerifyController(CertificateService certificates) {
        this.certificates = certificates;
    }

    @GetMapping("/verify/{code}")
    String verify(@PathVariable String code, Model model, HttpServletResponse response) {
        var found = certificates.verify(code);
        if (found.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        }
        model.addAttribute("cert", found.orElse(null));
        return "verify";
    }
}
