package uz.muhokama.reference;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.Optional;
import uz.muhokama.platform.i18n.Language;

/** A drafting agency (ministry, committee, khokimiyat) that authors drafts. */
@Entity
@Table(name = "agency")
class Agency extends ReferenceEntry {

    /** Where the agency's reports are announced; an address the agency chose, kept in the reference data. */
    @Column(name = "contact_email")
    private String contactEmail;

    /** The language the agency's reports and e-mails are written in. */
    @Column(name = "report_language", nullable = false)
    private String reportLanguage;

    /** The region whose own authority the agency is (a khokimiyat); none for national bodies. */
    @Column(name = "region_code")
    private String regionCode;

    protected Agency() {}

    public Optional<String> regionCode() {
        return Optional.ofNullable(regionCode);
    }

    public Optional<String> contactEmail() {
        return Optional.ofNullable(contactEmail).filter(s -> !s.isBlank());
    }

    public Language reportLanguage() {
        return Language.fromTag(reportLanguage).orElse(Language.UZ);
    }
}
