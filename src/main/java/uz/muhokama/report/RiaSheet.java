package uz.muhokama.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.format.DateTimeFormatter;
import java.util.List;
import uz.muhokama.platform.excel.Spreadsheet;
import uz.muhokama.platform.i18n.Language;
import uz.muhokama.platform.i18n.Messages;
import uz.muhokama.reference.ReferenceItem;
import uz.muhokama.ria.RiaView;

/**
 * The sheet of the regulatory impact assessment published with the draft, section by section in the
 * order of the agency's form, so the agency reads its own assessment beside what people said of it.
 */
@ApplicationScoped
class RiaSheet {

    @Inject
    Messages messages;

    Spreadsheet.Table write(Spreadsheet workbook, RiaView ria, Language language) {
        Spreadsheet.Table sheet = workbook.table(
                text(language, "report.sheet.ria"),
                List.of(
                        text(language, "report.summary.item"),
                        text(language, "report.summary.value"),
                        "",
                        "",
                        "",
                        "",
                        ""),
                34,
                60,
                30,
                18,
                18,
                40,
                18);
        sheet.line().text(text(language, "ria.level")).text(ria.level().label());
        sheet.line().text(text(language, "ria.field.problem")).text(ria.problem());
        sheet.line().text(text(language, "ria.field.objectives")).text(ria.objectives());
        sheet.line();
        sheet.heading(List.of(
                text(language, "ria.field.option-kind"),
                text(language, "ria.field.option-title"),
                text(language, "ria.field.option-description")));
        ria.options()
                .forEach(o -> sheet.line()
                        .text(o.kind() == null ? null : o.kind().label())
                        .text(o.title())
                        .text(o.description()));
        sheet.line();
        sheet.heading(List.of(
                text(language, "ria.group"),
                text(language, "ria.field.costoneoffuzs"),
                text(language, "ria.field.costyearlyuzs"),
                text(language, "ria.field.costs"),
                text(language, "ria.field.benefitoneoffuzs"),
                text(language, "ria.field.benefityearlyuzs"),
                text(language, "ria.field.benefits")));
        ria.impacts()
                .forEach(i -> sheet.line()
                        .text(i.group() == null ? null : i.group().label())
                        .number(i.costOneOffUzs())
                        .number(i.costYearlyUzs())
                        .text(i.costs())
                        .number(i.benefitOneOffUzs())
                        .number(i.benefitYearlyUzs())
                        .text(i.benefits()));
        sheet.line();
        sheet.line().text(text(language, "ria.field.affected-groups")).text(ria.affectedGroups());
        sheet.line()
                .text(text(language, "ria.field.regions"))
                .text(String.join(
                        ", ", ria.regions().stream().map(ReferenceItem::name).toList()));
        sheet.line().text(text(language, "ria.field.administrative-burden")).text(ria.administrativeBurden());
        sheet.line().text(text(language, "ria.field.corruption-risks")).text(ria.corruptionRisks());
        sheet.line();
        sheet.heading(List.of(text(language, "ria.field.risk"), text(language, "ria.field.mitigation")));
        ria.risks().forEach(r -> sheet.line().text(r.risk()).text(r.mitigation()));
        sheet.line();
        sheet.heading(List.of(
                text(language, "ria.field.indicator.name"),
                text(language, "ria.field.indicator.baseline"),
                text(language, "ria.field.indicator.target"),
                text(language, "ria.field.indicator.datasource"),
                text(language, "ria.field.indicator.reviewon"),
                text(language, "ria.field.indicator.evaluationon")));
        DateTimeFormatter dates = DateTimeFormatter.ofPattern("dd/MM/yyyy");
        ria.indicators()
                .forEach(i -> sheet.line()
                        .text(i.name())
                        .text(i.baseline())
                        .text(i.target())
                        .text(i.dataSource())
                        .text(i.reviewOn() == null ? null : i.reviewOn().format(dates))
                        .text(i.evaluationOn() == null ? null : i.evaluationOn().format(dates)));
        return sheet;
    }

    private String text(Language language, String key, Object... args) {
        return messages.get(language, key, args);
    }
}
