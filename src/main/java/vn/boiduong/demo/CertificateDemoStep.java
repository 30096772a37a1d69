package vn.boiduong.demo;

import org.springframework.stereotype.Component;
import vn.boiduong.delivery.CertificateService;

/**
 * B5's demo certificates: every learner who completed one of last year's hosted demo classes gets the
 * certificate (numbered in the agency's format, dated the class's last day, with its PDF and
 * verification code), so the verification page and the training record have something to show.
 */
@Component
class CertificateDemoStep implements DeliveryDemoStep {

    private final CertificateService certificates;

    CertificateDemoStep(CertificateService certificates) {
        this.certificates = certificates;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public void seed(long agencyId, int lastYear, int thisYear) {
        certificates.issueMissing(agencyId, lastYear, "demo");
    }
}
