package uz.muhokama.reference;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.LinkedHashMap;
import java.util.Map;
import uz.muhokama.platform.i18n.Language;

/** A name in Uzbek (Latin), Russian and English. */
@Embeddable
public class TrilingualName {

    @Column(name = "name_uz", nullable = false)
    private String uz;

    @Column(name = "name_ru", nullable = false)
    private String ru;

    @Column(name = "name_en", nullable = false)
    private String en;

    protected TrilingualName() {}

    public TrilingualName(String uz, String ru, String en) {
        this.uz = uz;
        this.ru = ru;
        this.en = en;
    }

    public String in(Language language) {
        return switch (language) {
            case UZ, UZ_CYRL -> uz;
            case RU -> ru;
            case EN -> en;
        };
    }

    public Map<String, String> all() {
        Map<String, String> names = new LinkedHashMap<>();
        for (Language language : Language.values()) {
            names.put(language.tag(), in(language));
        }
        return names;
    }
}
