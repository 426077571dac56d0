import { officeExcelRun } from "../excel";
import { validateFromRibbon } from "./validate";

/*
 * The ribbon's function file. Each button's function always calls event.completed(),
 * also after an error, or Excel leaves the button spinning.
 */
async function validate(event: Office.AddinCommands.Event): Promise<void> {
  try {
    await validateFromRibbon(officeExcelRun);
  } catch (error) {
    console.error("Regionrapport: validering från menyfliksområdet misslyckades", error);
  } finally {
    event.completed();
  }
}

Office.onReady(() => {
  Office.actions.associate("validate", validate);
});
