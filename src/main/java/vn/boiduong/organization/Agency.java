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
 *
 * <p>The names are stored with the line breaks the agency chose for the header of its documents
 * (Decree 30: the issuing authority's name breaks between words of meaning, "ỦY BAN NHÂN DÂN" /
 * "TỈNH BẮC GIANG", which no renderer can guess). Pages and running text read them on one line.
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
        this.name = HeaderLines.normalize(name);
        this.parentName = HeaderLines.normalize(parentName);
        this.placeName = placeName;
        this.signerTitle = "GIÁM ĐỐC";
    }

    public void changeSettings(String name, String parentName, String placeName, String signerTitle,
            String signerName, String recipients) {
        this.name = HeaderLines.normalize(name);
        this.parentName = HeaderLines.normalize(parentName);
        this.placeName = placeName;
        this.signerTitle = signerTitle;
        this.signerName = signerName;
        this.recipients = recipients;
    }

    public Long getId() { return id; }
    public String getCode() { return code; }
    /** The name on one line, for pages and running text. */
    public String getName() { return HeaderLines.oneLine(name); }
    /** The parent authority's name on one line. */
    public String getParentName() { return HeaderLines.oneLine(parentName); }
    /** The name as the document header prints it: a line break wherever the agency set one. */
    public String getPrintedName() { return name; }
    /** The parent authority's name as the document header prints it. */
    public String getPrintedParentName() { return parentName; }
    public String getPlaceName() { return placeName; }
    public String getSignerTitle() { return signerTitle; }
    public String getSignerName() { return signerName; }
    public String getRecipients() { return recipients; }
    public long getVersion() { return version; }
}
