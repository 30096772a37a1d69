package vn.boiduong.delivery.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.boiduong.common.CurrentActor;
import vn.boiduong.delivery.ClassService;

/** The page /classes: the classes made from approved plans. */
@Controller
class ClassController {

    private final ClassService classes;

    ClassController(ClassService classes) {
        this.classes = classes;
    }

    @GetMapping("/classes")
    String list(@RequestParam(required = false) Long planId, Model model) {
        model.addAttribute("classes", classes.list(CurrentActor.get(), planId));
        model.addAttribute("planId", planId);
        return "classes/list";
    }
}
