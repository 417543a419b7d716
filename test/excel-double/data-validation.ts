/** Data validation on a range (ExcelApi 1.8): rule, error alert, input message, blanks. */
import type { Doubled } from "./conformance";
import { OfficeErrorDouble } from "./errors";
import { intersects } from "./model";
import { guardWrite, RangePartDouble, type RangeTarget } from "./range-target";

export class DataValidationDouble
  extends RangePartDouble
  implements
    Doubled<Excel.DataValidation, "rule" | "errorAlert" | "prompt" | "ignoreBlanks" | "clear" | "load">
{
  /** The validation whose rectangle is exactly this range, created on first write. */
  private entry(): RangeTarget & { index: number } {
    const target = this.resolve();
    guardWrite(target, false);
    let index = target.sheet.dataValidations.findIndex(
      (v) =>
        v.rect.row === target.rect.row &&
        v.rect.col === target.rect.col &&
        v.rect.rows === target.rect.rows &&
        v.rect.cols === target.rect.cols,
    );
    if (index < 0) {
      // A cell holds one validation, so a new one replaces what the cells had; the double drops the whole of
      // any validation it touches, the harsher choice (learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-data-validation).
      target.sheet.dataValidations = target.sheet.dataValidations.filter(
        (v) => !intersects(v.rect, target.rect),
      );
      target.sheet.dataValidations.push({
        rect: target.rect,
        rule: null,
        errorAlert: null,
        prompt: null,
        ignoreBlanks: null,
      });
      index = target.sheet.dataValidations.length - 1;
    }
    return { ...target, index };
  }
  // Excel clears only the cells the range overlaps (learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-data-validation#remove-data-validation-from-a-range);
  // the double drops every validation the range touches, the harsher choice.
  clear(): void {
    this.context.queue(() => {
      const target = this.resolve();
      guardWrite(target, false);
      target.sheet.dataValidations = target.sheet.dataValidations.filter(
        (v) => !intersects(v.rect, target.rect),
      );
    });
  }
  set rule(rule: Excel.DataValidationRule) {
    const copy = JSON.parse(JSON.stringify(rule)) as Excel.DataValidationRule;
    this.context.queue(() => {
      // "No more than one of these properties may be present in any DataValidationRule object"
      // (learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-data-validation#create-validation-rules).
      if (Object.keys(copy).length > 1) {
        throw new OfficeErrorDouble("InvalidArgument", "A data validation rule has one kind only.");
      }
      const { sheet, index } = this.entry();
      sheet.dataValidations[index].rule = copy;
    }, copy);
  }
  set errorAlert(alert: Excel.DataValidationErrorAlert) {
    const copy = { ...alert };
    this.context.queue(() => {
      // errorTitle at most 32 characters, error at most 224 (MS-OI29500 §2.1.613,
      // learn.microsoft.com/openspecs/office_standards/ms-oi29500/0114969a-4859-443e-ae3e-0c1fdebfcc64).
      if ((copy.title?.length ?? 0) > 32 || (copy.message?.length ?? 0) > 224) {
        throw new OfficeErrorDouble("InvalidArgument", "Error alert title or text too long.");
      }
      const { sheet, index } = this.entry();
      sheet.dataValidations[index].errorAlert = copy;
    }, copy);
  }
  set prompt(prompt: Excel.DataValidationPrompt) {
    const copy = { ...prompt };
    this.context.queue(() => {
      // promptTitle at most 32 characters, prompt at most 255 (MS-OI29500 §2.1.613,
      // learn.microsoft.com/openspecs/office_standards/ms-oi29500/0114969a-4859-443e-ae3e-0c1fdebfcc64).
      if ((copy.title?.length ?? 0) > 32 || (copy.message?.length ?? 0) > 255) {
        throw new OfficeErrorDouble("InvalidArgument", "Input message title or text too long.");
      }
      const { sheet, index } = this.entry();
      sheet.dataValidations[index].prompt = copy;
    }, copy);
  }
  set ignoreBlanks(ignore: boolean) {
    this.context.queue(() => {
      const { sheet, index } = this.entry();
      sheet.dataValidations[index].ignoreBlanks = ignore;
    });
  }
}
