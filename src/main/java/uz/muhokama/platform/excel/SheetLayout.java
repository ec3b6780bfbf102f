package uz.muhokama.platform.excel;

import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/** How a {@link Spreadsheet}'s sheets are laid out: the header row, the column widths, drop-downs. */
final class SheetLayout {

    private static final int MAX_COLUMN_CHARS = 80;

    private SheetLayout() {}

    /**
     * A new sheet under a safe, unique name, with a bold header row that stays in view and carries filters,
     * and readable column widths ({@code widths} in characters; a header without one gets its own length).
     */
    static SXSSFSheet headedSheet(
            SXSSFWorkbook workbook, String sheetName, List<String> headers, int[] widths, CellStyle headerStyle) {
        String safe = WorkbookUtil.createSafeSheetName(sheetName);
        for (int n = 2; workbook.getSheet(safe) != null; n++) {
            // Sheet names are unique and at most 31 characters: two long titles may clash once cut.
            String suffix = " " + n;
            safe = WorkbookUtil.createSafeSheetName(
                    sheetName.substring(0, Math.min(sheetName.length(), 31 - suffix.length())) + suffix);
        }
        SXSSFSheet sheet = workbook.createSheet(safe);
        Row header = sheet.createRow(0);
        for (int i = 0; i < headers.size(); i++) {
            Cell cell = header.createCell(i);
            cell.setCellValue(headers.get(i));
            cell.setCellStyle(headerStyle);
            int chars =
                    i < widths.length ? widths[i] : Math.max(10, headers.get(i).length());
            sheet.setColumnWidth(i, Math.min(MAX_COLUMN_CHARS, Math.max(4, chars)) * 256);
        }
        sheet.createFreezePane(0, 1);
        if (!headers.isEmpty()) {
            sheet.setAutoFilter(new CellRangeAddress(0, 0, 0, headers.size() - 1));
        }
        return sheet;
    }

    /** A drop-down of {@code values} in one column of every row of the sheet but the header; Excel refuses other typed values. */
    static void dropDown(SXSSFSheet sheet, int column, List<String> values, String errorTitle, String errorText) {
        int last = sheet.getLastRowNum();
        if (last < 1) {
            return;
        }
        DataValidationHelper helper = sheet.getDataValidationHelper();
        DataValidationConstraint constraint = helper.createExplicitListConstraint(values.toArray(String[]::new));
        DataValidation validation =
                helper.createValidation(constraint, new CellRangeAddressList(1, last, column, column));
        validation.setShowErrorBox(true);
        validation.createErrorBox(errorTitle, errorText);
        validation.setSuppressDropDownArrow(true);
        sheet.addValidationData(validation);
    }
}
