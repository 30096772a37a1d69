package vn.boiduong.organization;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The names and places official documents print; editable by the administrator. The two names may
 * hold line breaks: each line is a line of the document's header (see {@link Agency#getPrintedName}).
 */
public record AgencySettings(
        @NotBlank(message = "{agency.name.required}") @Size(max = 255, message = "{text.size255}") String name,
        @NotBlank(message = "{agency.parentName.required}") @Size(max = 255, message = "{text.size255}") String parentName,
        @NotBlank(message = "{agency.placeName.required}") @Size(max = 100, message = "{text.size100}") String placeName,
        @NotBlank(message = "{agency.signerTitle.required}") @Size(max = 100, message = "{text.size100}") String signerTitle,
        @Size(max = 150, message = "{text.size150}") String signerName,
        @Size(max = 2000, message = "{text.size2000}") String recipients) {

    static AgencySettings of(Agency a) {
        return new AgencySettings(a.getPrintedName(), a.getPrintedParentName(), a.getPlaceName(), a.getSignerTitle(),
                a.getSignerName(), a.getRecipients());
    }
}
