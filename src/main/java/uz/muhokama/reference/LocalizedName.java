package uz.muhokama.reference;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.LinkedHashMap;
import java.util.Map;
import uz.muhokama.platform.i18n.Language;
import uz.muhokama.platform.i18n.UzbekScript;

/** A name in Uzbek (Latin and Cyrillic), Russian and English. */
@Embeddable
public class LocalizedName {

    @Column(name = "name_uz", nullable = false)
    private String uz;

    /** Written by a migration for every row; a row added without it is shown transliterated. */
    @Column(name = "name_uz_cyrl")
    private String uzCyrl;

    @Column(name = "name_ru", nullable = false)
    private String ru;

    @Column(name = "name_en", nullable = false)
    private String en;

    protected LocalizedName() {}

    public LocalizedName(String uz, String uzCyrl, String ru, String en) {
        this.uz = uz;
        this.uzCyrl = uzCyrl;
        this.ru = ru;
        this.en = en;
    }

    public String in(Language language) {
        return switch (language) {
            case UZ -> uz;
            case UZ_CYRL -> uzCyrl == null || uzCyrl.isBlank() ? UzbekScript.toCyrillic(uz) : uzCyrl;
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
