package vn.boiduong.delivery.web;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import vn.boiduong.common.Actor;
import vn.boiduong.delivery.CertificateService;
import vn.boiduong.delivery.ClassDetail;
import vn.boiduong.delivery.ClassPolicy;
import vn.boiduong.delivery.ClassStatus;
import vn.boiduong.delivery.Outcome;
import vn.boiduong.delivery.ResultService;
import vn.boiduong.delivery.TrainingClass;

/** Results and certificates on the class's page, once the class is finished (or closed). */
@Component
class ResultsSection implements ClassPageSection {

    private final ResultService results;
    private final CertificateService certificates;
    private final ClassPolicy policy;

    private final vn.boiduong.competency.EvidenceFiles evidence;

    ResultsSection(ResultService results, CertificateService certificates, ClassPolicy policy,
            vn.boiduong.competency.EvidenceFiles evidence) {
        this.evidence = evidence;
        this.results = results;
        this.certificates = certificates;
        this.policy = policy;
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public String template() {
        return "classes/results";
    }

    @Override
    public boolean fill(Model model, Actor actor, TrainingClass c, ClassDetail detail) {
        if (c.getStatus() != ClassStatus.FINISHED && c.getStatus() != ClassStatus.CLOSED) {
            return false;
        }
        model.addAttribute("bands", results.classification(c).bands());
        var list = certificates.ofClass(actor, c.getId());
        model.addAttribute("certificates", list);
        model.addAttribute("canRecordExternal", policy.recordExternalCertificate(actor, c).isAllowed());
        model.addAttribute("scanned", list.stream().filter(x -> x.hasScan()).map(x -> x.staffId())
                .collect(java.util.stream.Collectors.toSet()));
        model.addAttribute("scanMaxSize", evidence.maxSizeText());
        model.addAttribute("canPdf", policy.certificate(actor, c, false).isAllowed());
        model.addAttribute("canRevoke", policy.revokeCertificate(actor, c).isAllowed());
        model.addAttribute("outcomes", Outcome.values());
        return true;
    }
}
