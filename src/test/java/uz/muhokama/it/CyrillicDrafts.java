package uz.muhokama.it;

/** Fixtures for drafts in the two Uzbek scripts: the same law given in Latin, in Cyrillic, or in both. */
final class CyrillicDrafts {

    private CyrillicDrafts() {}

    /** Uzbek texts in Latin only (titleUz, summaryUz, heading and text): the Cyrillic page generates its text. */
    static String latinOnly(String title) {
        return """
                {"titleUz": "%s", "summaryUz": "Soliq stavkalari haqida", "actType": "law", "sector": "energy",
                 "clauses": [
                   {"number": "1", "heading": "Maqsad", "text": "Ushbu qonunning maqsadi soliq tizimini soddalashtirish."},
                   {"number": "2", "text": "Soliq stavkasi har yili belgilanadi."}]}""".formatted(title);
    }

    /** Uzbek texts in both scripts: each page shows the agency's own text. */
    static String bothScripts(String latin, String cyrillic) {
        return """
                {"titleUz": "%s", "titleUzCyrl": "%s", "summaryUz": "Soliq stavkalari haqida",
                 "summaryUzCyrl": "Солиқ ставкалари ҳақида", "actType": "law", "sector": "energy",
                 "clauses": [
                   {"number": "1", "heading": "Maqsad", "text": "Qonunning maqsadi.",
                    "headingCyrl": "Мақсад", "textCyrl": "Қонуннинг мақсади."}]}""".formatted(latin, cyrillic);
    }

    /** Uzbek texts in Cyrillic only, in the Cyrillic fields: the Latin page generates its text. */
    static String cyrillicOnly(String title) {
        return """
                {"titleUzCyrl": "%s", "summaryUzCyrl": "Солиқ ставкалари ҳақида", "actType": "law", "sector": "energy",
                 "clauses": [
                   {"number": "1", "headingCyrl": "Мақсад", "textCyrl": "Ушбу қонуннинг мақсади солиқ тизимини соддалаштириш."},
                   {"number": "2", "textCyrl": "Солиқ ставкаси ҳар йили белгиланади."}]}""".formatted(title);
    }
}
