package vn.boiduong.organization;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A department such as Sở Nội vụ tỉnh Bắc Giang. Its names, short code and place are settings,
 * never code: provinces and departments were merged and renamed in 2025 (documents.md).
 */
@Entity
@Table(name = "agency")
public class Agency {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String code;
    private String name;
    private String parentName;
    private String placeName;
    private String signerTitle;
    private String signerName;
    private String recipients;
    @Version
    private long version;

    protected Agency() {
    }

    public Agency(String code, String name, String parentName, String placeName) {
        this.code = code;
        this.name = name;
        this.parentName = parentName;
        this.placeName = placeName;
        this.signerTitle = "GIÁM ĐỐC";
    }

    public void changeSettings(String name, String parentName, String placeName, String signerTitle,
            String signerName, String recipients) {
        this.name = name;
        this.parentName = parentName;
        this.placeName = placeName;
        this.signerTitle = signerTitle;
        this.signerName = signerName;
        this.recipients = recipients;
    }

    public Long getId() { return id; }
    public String getCode() { return code; }
    public String getName() { return name; }
    public String getParentName() { return parentName; }
    public String getPlaceName() { return placeName; }
    public String getSignerTitle() { return signerTitle; }
    public String getSignerName() { return signerName; }
    public String getRecipients() { return recipients; }
    public long getVersion() { return version; }
}
